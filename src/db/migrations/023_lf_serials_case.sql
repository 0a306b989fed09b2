-- 023_lf_serials_case.sql — lf_serials read by case: the sealed card numbers of a lost or found
-- item (modules/lf_pii.c: mask, '#', keyed hash; the whole number is kept nowhere) are read back
-- when its features are prepared again or it is edited, and an edit drops the item's rows
-- (SQL_SERIAL_DROP), both by (case_id, side) — without this index each was a scan of the table.
-- IF NOT EXISTS: a database set back to an older version (tests do) runs it again.
CREATE INDEX IF NOT EXISTS lf_serials_case ON lf_serials(case_id, side);
