-- Opening-for-signature events of comparable treaties: signatures on day one and at the
-- close of the event as shares of the States eligible at the time. The row whose event
-- starts on this treaty's signing date is this treaty (params.yaml: treaty.signing_event).
SELECT
    e.short_name,
    e.treaty,
    e.event_place,
    e.event_start,
    e.event_end,
    datediff('day', e.event_start, e.event_end) + 1 AS event_days,
    year(e.event_start) AS event_year,
    e.signatories_day_one,
    e.signatories_at_event_close,
    e.eligible_states_at_time,
    round(e.signatories_day_one / e.eligible_states_at_time, 6) AS day_one_share,
    round(e.signatories_at_event_close / e.eligible_states_at_time, 6) AS event_close_share,
    e.attending_delegations_reported,
    e.total_signatories_later,
    e.event_start = h.event_start AS is_this_treaty,
    e.source_url,
    e.notes
FROM stg_signing_events AS e
CROSS JOIN stg_signing_event AS h
ORDER BY e.event_start
