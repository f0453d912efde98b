-- Every action in every registry snapshot, with its participant's ISO3 code.
-- A view over the validated registry (see warehouse.py), unordered: at the scale of the
-- whole Treaty Collection a sort would cost more than the rest; the exports sort.
-- materialized: view
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
