-- Definitions the models share; files whose name starts with '_' run before the models.

-- Does a claim of `value` with `qualifier` hold for a true count `n`?
-- 'about' and 'expected' hold within about_tol of the value (at least 1); 'nearly' holds
-- from nearly_tol below the value up to the value itself.
CREATE OR REPLACE MACRO claim_holds(value, qualifier, n, about_tol, nearly_tol) AS
    CASE qualifier
        WHEN 'exact' THEN n = value
        WHEN 'more_than' THEN n > value
        WHEN 'at_least' THEN n >= value
        WHEN 'nearly' THEN n <= value AND n >= value - greatest(1, round(value * nearly_tol))
        ELSE abs(n - value) <= greatest(1, round(value * about_tol))
    END;

-- The first day a signature counts for the press: the opening day's signatures count that
-- day (the ceremony opened the day); any later day's only from the next day.
CREATE OR REPLACE MACRO press_visible_from(signature_date, opening_day) AS
    CASE WHEN signature_date <= opening_day THEN signature_date
         ELSE signature_date + INTERVAL 1 DAY END::DATE;

-- Is the action an instrument of consent to be bound that article 65(1) counts toward entry
-- into force (ratification, acceptance, approval or accession)? The one list of those kinds.
CREATE OR REPLACE MACRO is_instrument(action) AS
    action IN ('ratification', 'acceptance', 'approval', 'accession');
-- claim_holds for every qualifier an extracted claim can have, ranges ("50 to 55") included.
CREATE OR REPLACE MACRO claim_allows(value, value_high, qualifier, n, about_tol, nearly_tol) AS
    CASE WHEN qualifier = 'range' THEN n BETWEEN value AND value_high
         ELSE claim_holds(value, qualifier, n, about_tol, nearly_tol) END;

-- The largest true count a claim allows (NULL: no upper bound, "more than 60"). A count
-- only grows, so a claim whose largest allowed count is below a registry count already
-- held is contradicted, whenever it was made.
CREATE OR REPLACE MACRO claim_upper_bound(value, value_high, qualifier, about_tol) AS
    CASE qualifier
        WHEN 'exact' THEN value
        WHEN 'nearly' THEN value
        WHEN 'range' THEN value_high
        WHEN 'more_than' THEN NULL
        WHEN 'at_least' THEN NULL
        ELSE value + greatest(1, round(value * about_tol))
    END;
