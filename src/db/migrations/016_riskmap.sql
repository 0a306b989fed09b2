-- 016_riskmap.sql — the monitoring pass (监测预警, src/modules/monitor.c) reads the cases of a
-- type created in its window once per indicator and window, grouped by unit and category or by
-- address: this index covers those reads (no table row is read; on a 1,000,000-event database
-- reading the rows for the addresses took seconds of random I/O). It replaces
-- cases_type_created (type, created_at), its prefix, so a create maintains no more indexes than
-- before.
CREATE INDEX cases_type_created_org ON cases(type, created_at, org_id, category, address);
DROP INDEX IF EXISTS cases_type_created;
