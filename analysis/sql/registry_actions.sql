-- Every action in every registry snapshot, with its participant's ISO3 code.
SELECT
    r.snapshot_id,
    r.participant,
    r.iso3,
    r.entity_kind = 'state' AS is_state,
    r.entity_kind,
    r.action,
    r.action_date,
    r.place,
    r.date_basis,
    r.matched_by
FROM stg_registry_actions AS r
ORDER BY r.snapshot_id, r.action_date, r.participant, r.action
