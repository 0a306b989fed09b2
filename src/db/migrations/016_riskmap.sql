-- 016_riskmap.sql — the monitoring pass (监测预警, src/modules/monitor.c) reads the cases of a
-- type created in its window once per indicator and window, grouped by unit and category:
-- this index covers it (no table row is read). It replaces cases_type_created (type,
-- created_at), its prefix, so a create maintains no more indexes than before.
CREATE INDEX cases_type_created_org ON cases(type, created_at, org_id, category);
DROP INDEX IF EXISTS cases_type_created;
