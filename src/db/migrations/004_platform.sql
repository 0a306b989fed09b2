-- 004_platform.sql — one platform for many case types.
-- 1. The running deadline stage lives in the case row (every type may have deadlines), with
--    the warning the scheduler recorded and the instant it must look again (next_warn_at,
--    indexed): a scheduler pass reads only what is due, never every open case.
-- 2. Each type's own fields are columns of its own side table; attrs keeps free-form extras.
-- 3. Notices carry an English text beside the Chinese one and are marked done.

ALTER TABLE cases ADD COLUMN stage TEXT;
ALTER TABLE cases ADD COLUMN stage_started_at INTEGER;
ALTER TABLE cases ADD COLUMN warn TEXT;
ALTER TABLE cases ADD COLUMN next_warn_at INTEGER;

-- Grid events (网格事件): the fields lists, the scheduler and the indicators filter on.
CREATE TABLE event_details (
	case_id INTEGER PRIMARY KEY REFERENCES cases(id),
	source TEXT,
	platform TEXT,
	accept_due_at INTEGER,
	accepted_at INTEGER,
	handle_due_at INTEGER,
	handled_at INTEGER,
	rework_count INTEGER DEFAULT 0,
	extension_days INTEGER DEFAULT 0,
	returned INTEGER DEFAULT 0,
	result TEXT,
	rating TEXT,
	rating_comment TEXT,
	rated_at INTEGER,
	reviewed INTEGER DEFAULT 0,
	escalated INTEGER DEFAULT 0,
	settle_allowed INTEGER DEFAULT 0,
	closed_on_time INTEGER,
	caller_name TEXT,
	caller_phone TEXT
);
CREATE INDEX event_details_platform ON event_details(platform);

-- 我爱我家 board posts.
CREATE TABLE suggestion_details (
	case_id INTEGER PRIMARY KEY REFERENCES cases(id),
	result TEXT,
	decline_reason TEXT,
	reopened INTEGER DEFAULT 0
);

-- Move today's data out of attrs (SQLite's JSON functions, in this one-time migration only).
UPDATE cases SET
	stage = CASE WHEN closed_at IS NULL THEN json_extract(attrs, '$.stage') END,
	stage_started_at = CASE WHEN closed_at IS NULL AND json_extract(attrs, '$.stage') IS NOT NULL
		THEN json_extract(attrs, '$.stage_started_at') END,
	warn = CASE WHEN json_extract(attrs, '$.warn') IN ('yellow', 'red')
		THEN json_extract(attrs, '$.warn') END
	WHERE type = 'event';
UPDATE cases SET due_at = NULL WHERE type = 'event' AND stage IS NULL;

INSERT INTO event_details (case_id, source, platform, accept_due_at, accepted_at, handle_due_at,
	handled_at, rework_count, extension_days, returned, result, rating, rating_comment, rated_at,
	reviewed, escalated, settle_allowed, closed_on_time, caller_name, caller_phone)
SELECT id, json_extract(attrs, '$.source'), json_extract(attrs, '$.platform'),
	CASE WHEN stage = 'accept' THEN due_at END,
	json_extract(attrs, '$.accepted_at'), json_extract(attrs, '$.handle_due_ms'),
	json_extract(attrs, '$.handled_at'), COALESCE(json_extract(attrs, '$.rework_count'), 0),
	COALESCE(json_extract(attrs, '$.extension_days'), 0),
	COALESCE(json_extract(attrs, '$.returned'), 0), json_extract(attrs, '$.result'),
	json_extract(attrs, '$.rating'), json_extract(attrs, '$.rating_comment'),
	json_extract(attrs, '$.rated_at'), COALESCE(json_extract(attrs, '$.reviewed'), 0),
	COALESCE(json_extract(attrs, '$.escalated'), 0),
	COALESCE(json_extract(attrs, '$.settle_allowed'), 0), json_extract(attrs, '$.closed_on_time'),
	json_extract(attrs, '$.caller_name'), json_extract(attrs, '$.caller_phone')
FROM cases WHERE type = 'event';

INSERT INTO suggestion_details (case_id, result, decline_reason, reopened)
SELECT id, json_extract(attrs, '$.result'), json_extract(attrs, '$.decline_reason'),
	COALESCE(json_extract(attrs, '$.reopened'), 0)
FROM cases WHERE type = 'suggestion';

UPDATE cases SET attrs = json_remove(attrs, '$.stage', '$.stage_started_at', '$.warn',
	'$.source', '$.platform', '$.accepted_at', '$.handle_due_ms', '$.handle_due_at',
	'$.handled_at', '$.rework_count', '$.extension_days', '$.returned', '$.result', '$.rating',
	'$.rating_comment', '$.rated_at', '$.reviewed', '$.escalated', '$.settle_allowed',
	'$.closed_on_time', '$.caller_name', '$.caller_phone', '$.decline_reason', '$.reopened');

-- The next instant a warning may be due (the rule of case_next_warn_at in src/core/case.c).
UPDATE cases SET next_warn_at = CASE
	WHEN closed_at IS NOT NULL OR stage IS NULL OR due_at IS NULL OR warn = 'red' THEN NULL
	WHEN warn = 'yellow' THEN due_at + 1
	WHEN due_at <= stage_started_at THEN stage_started_at
	ELSE stage_started_at + ((due_at - stage_started_at) * 700 + 999) / 1000 END;
CREATE INDEX cases_next_warn ON cases(next_warn_at);

ALTER TABLE notifications ADD COLUMN message_en TEXT;
ALTER TABLE notifications ADD COLUMN done_at INTEGER;
CREATE INDEX notifications_case ON notifications(case_id, kind);
