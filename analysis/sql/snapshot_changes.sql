-- What changed in the registry since the previous snapshot: new actions (signatures,
-- ratifications, ...), corrections (an earlier action whose date or place changed), actions
-- that vanished, and renamed participants. Participants are matched by ISO3 code (by name
-- for organizations), so a rename through the alias table is a rename, not a new party.
WITH keyed AS (
    SELECT *, coalesce(iso3, participant) AS party_key FROM registry_actions
),
pairs AS (
    SELECT snapshot_id, previous_snapshot_id
    FROM snapshots
    WHERE previous_snapshot_id IS NOT NULL
),
current_actions AS (
    SELECT p.snapshot_id, p.previous_snapshot_id, k.* EXCLUDE (snapshot_id)
    FROM pairs AS p JOIN keyed AS k ON k.snapshot_id = p.snapshot_id
),
previous_actions AS (
    SELECT p.snapshot_id, p.previous_snapshot_id, k.* EXCLUDE (snapshot_id)
    FROM pairs AS p JOIN keyed AS k ON k.snapshot_id = p.previous_snapshot_id
),
joined AS (
    SELECT
        coalesce(cur.snapshot_id, old.snapshot_id) AS snapshot_id,
        coalesce(cur.previous_snapshot_id, old.previous_snapshot_id) AS previous_snapshot_id,
        coalesce(cur.action, old.action) AS action,
        cur.participant,
        old.participant AS previous_participant,
        coalesce(cur.iso3, old.iso3) AS iso3,
        coalesce(cur.is_state, old.is_state) AS is_state,
        cur.action_date,
        old.action_date AS previous_action_date,
        cur.place,
        old.place AS previous_place
    FROM current_actions AS cur
    FULL OUTER JOIN previous_actions AS old
        ON old.snapshot_id = cur.snapshot_id
        AND old.party_key = cur.party_key
        AND old.action = cur.action
)
SELECT
    snapshot_id,
    previous_snapshot_id,
    coalesce(participant, previous_participant) AS participant,
    iso3,
    is_state,
    action,
    CASE
        WHEN previous_action_date IS NULL THEN 'new'
        WHEN action_date IS NULL THEN 'vanished'
        WHEN action_date <> previous_action_date THEN 'date_changed'
        WHEN place IS DISTINCT FROM previous_place THEN 'place_changed'
        ELSE 'renamed'
    END AS change,
    action_date,
    previous_action_date,
    place,
    previous_place,
    CASE WHEN participant IS DISTINCT FROM previous_participant
              AND participant IS NOT NULL AND previous_participant IS NOT NULL
         THEN previous_participant END AS previous_name
FROM joined
WHERE previous_action_date IS NULL
   OR action_date IS NULL
   OR action_date <> previous_action_date
   OR place IS DISTINCT FROM previous_place
   OR participant IS DISTINCT FROM previous_participant
ORDER BY snapshot_id, change, action, participant
