-- 008_speed.sql — the indicators' daily summary of grid events (考核指标日汇总), kept by
-- triggers in the same transactions as the cases, so that the indicators of a county over a
-- year read tens of thousands of summary rows instead of every event (docs/performance.md).
--
-- event_stats_src is what one event adds to the summary: its key (the China-time day it was
-- reported, its unit, assigned unit, category, the day it was closed, and for an event not
-- closed with a handling deadline the day of that deadline) and its counts, the same rules as
-- count_row() in src/modules/indicators.c. The one part that depends on the time of the
-- request (an open event whose deadline has passed counts in the on-time denominator) is
-- answered from due_day: days before today from here, today's from the events themselves.
CREATE VIEW event_stats_src AS
SELECT c.id AS case_id,
	(c.created_at / 1000 + 28800) / 86400 AS day,
	c.org_id AS org_id,
	COALESCE(c.unit_id, 0) AS unit_id,
	COALESCE(c.category, '') AS category,
	CASE WHEN c.status IN ('closed', 'settled') AND COALESCE(c.closed_at, 0) <> 0
		THEN (c.closed_at / 1000 + 28800) / 86400 ELSE -1 END AS closed_day,
	CASE WHEN c.status <> 'closed' AND COALESCE(d.handle_due_at, 0) <> 0
		THEN (d.handle_due_at / 1000 + 28800) / 86400 ELSE -1 END AS due_day,
	1 AS n,
	(COALESCE(d.accepted_at, 0) <> 0 OR c.status = 'rejected') AS accept_den,
	(COALESCE(d.accepted_at, 0) <> 0) AS accept_num,
	(c.status = 'settled') AS settle_num,
	(COALESCE(d.handle_due_at, 0) <> 0 AND c.status = 'closed') AS ontime_den,
	(COALESCE(d.handle_due_at, 0) <> 0 AND c.status = 'closed'
		AND COALESCE(c.closed_at, 0) <= d.handle_due_at) AS ontime_num,
	(c.status IN ('closed', 'settled')) AS close_num,
	(COALESCE(d.handled_at, 0) <> 0) AS rework_den,
	(COALESCE(d.handled_at, 0) <> 0 AND COALESCE(d.rework_count, 0) > 0) AS rework_num,
	(COALESCE(d.handle_due_at, 0) <> 0) AS extend_den,
	(COALESCE(d.handle_due_at, 0) <> 0 AND COALESCE(d.extension_days, 0) > 0) AS extend_num,
	(d.rating IS NOT NULL) AS satisfy_den,
	(d.rating IS NOT NULL AND d.rating <> 'unsatisfied') AS satisfy_num,
	(c.status IN ('closed', 'settled') AND COALESCE(c.closed_at, 0) <> 0) AS hours_den,
	CASE WHEN c.status IN ('closed', 'settled') AND COALESCE(c.closed_at, 0) <> 0
		THEN c.closed_at - c.created_at ELSE 0 END AS hours_ms
FROM cases c LEFT JOIN event_details d ON d.case_id = c.id
WHERE c.type = 'event';

CREATE TABLE event_stats (
	day INTEGER NOT NULL,
	org_id INTEGER NOT NULL,
	unit_id INTEGER NOT NULL,
	category TEXT NOT NULL,
	closed_day INTEGER NOT NULL,
	due_day INTEGER NOT NULL,
	n INTEGER NOT NULL,
	accept_den INTEGER NOT NULL, accept_num INTEGER NOT NULL,
	settle_num INTEGER NOT NULL,
	ontime_den INTEGER NOT NULL, ontime_num INTEGER NOT NULL,
	close_num INTEGER NOT NULL,
	rework_den INTEGER NOT NULL, rework_num INTEGER NOT NULL,
	extend_den INTEGER NOT NULL, extend_num INTEGER NOT NULL,
	satisfy_den INTEGER NOT NULL, satisfy_num INTEGER NOT NULL,
	hours_den INTEGER NOT NULL, hours_ms INTEGER NOT NULL,
	PRIMARY KEY (day, org_id, unit_id, category, closed_day, due_day)
) WITHOUT ROWID;

INSERT INTO event_stats SELECT day, org_id, unit_id, category, closed_day, due_day, SUM(n),
	SUM(accept_den), SUM(accept_num), SUM(settle_num), SUM(ontime_den), SUM(ontime_num),
	SUM(close_num), SUM(rework_den), SUM(rework_num), SUM(extend_den), SUM(extend_num),
	SUM(satisfy_den), SUM(satisfy_num), SUM(hours_den), SUM(hours_ms)
FROM event_stats_src GROUP BY day, org_id, unit_id, category, closed_day, due_day;

-- The triggers add an event's contribution (sign +1) after a change and take it away (-1)
-- before one, through the view; the columns listed are the ones the summary reads.
-- An upsert of event_details that updates fires the UPDATE triggers only.
CREATE TRIGGER event_stats_case_ins AFTER INSERT ON cases WHEN NEW.type = 'event'
BEGIN
	INSERT INTO event_stats SELECT day, org_id, unit_id, category, closed_day, due_day, n,
		accept_den, accept_num, settle_num, ontime_den, ontime_num, close_num, rework_den,
		rework_num, extend_den, extend_num, satisfy_den, satisfy_num, hours_den, hours_ms
	FROM event_stats_src WHERE case_id = NEW.id
	ON CONFLICT DO UPDATE SET n = n + excluded.n, accept_den = accept_den + excluded.accept_den,
		accept_num = accept_num + excluded.accept_num,
		settle_num = settle_num + excluded.settle_num,
		ontime_den = ontime_den + excluded.ontime_den,
		ontime_num = ontime_num + excluded.ontime_num,
		close_num = close_num + excluded.close_num,
		rework_den = rework_den + excluded.rework_den,
		rework_num = rework_num + excluded.rework_num,
		extend_den = extend_den + excluded.extend_den,
		extend_num = extend_num + excluded.extend_num,
		satisfy_den = satisfy_den + excluded.satisfy_den,
		satisfy_num = satisfy_num + excluded.satisfy_num,
		hours_den = hours_den + excluded.hours_den, hours_ms = hours_ms + excluded.hours_ms;
END;

CREATE TRIGGER event_stats_case_upd_old BEFORE UPDATE OF type, status, created_at, closed_at,
	org_id, unit_id, category ON cases WHEN OLD.type = 'event'
BEGIN
	INSERT INTO event_stats SELECT day, org_id, unit_id, category, closed_day, due_day, -n,
		-accept_den, -accept_num, -settle_num, -ontime_den, -ontime_num, -close_num,
		-rework_den, -rework_num, -extend_den, -extend_num, -satisfy_den, -satisfy_num,
		-hours_den, -hours_ms
	FROM event_stats_src WHERE case_id = OLD.id
	ON CONFLICT DO UPDATE SET n = n + excluded.n, accept_den = accept_den + excluded.accept_den,
		accept_num = accept_num + excluded.accept_num,
		settle_num = settle_num + excluded.settle_num,
		ontime_den = ontime_den + excluded.ontime_den,
		ontime_num = ontime_num + excluded.ontime_num,
		close_num = close_num + excluded.close_num,
		rework_den = rework_den + excluded.rework_den,
		rework_num = rework_num + excluded.rework_num,
		extend_den = extend_den + excluded.extend_den,
		extend_num = extend_num + excluded.extend_num,
		satisfy_den = satisfy_den + excluded.satisfy_den,
		satisfy_num = satisfy_num + excluded.satisfy_num,
		hours_den = hours_den + excluded.hours_den, hours_ms = hours_ms + excluded.hours_ms;
END;

CREATE TRIGGER event_stats_case_upd_new AFTER UPDATE OF type, status, created_at, closed_at,
	org_id, unit_id, category ON cases WHEN NEW.type = 'event'
BEGIN
	INSERT INTO event_stats SELECT day, org_id, unit_id, category, closed_day, due_day, n,
		accept_den, accept_num, settle_num, ontime_den, ontime_num, close_num, rework_den,
		rework_num, extend_den, extend_num, satisfy_den, satisfy_num, hours_den, hours_ms
	FROM event_stats_src WHERE case_id = NEW.id
	ON CONFLICT DO UPDATE SET n = n + excluded.n, accept_den = accept_den + excluded.accept_den,
		accept_num = accept_num + excluded.accept_num,
		settle_num = settle_num + excluded.settle_num,
		ontime_den = ontime_den + excluded.ontime_den,
		ontime_num = ontime_num + excluded.ontime_num,
		close_num = close_num + excluded.close_num,
		rework_den = rework_den + excluded.rework_den,
		rework_num = rework_num + excluded.rework_num,
		extend_den = extend_den + excluded.extend_den,
		extend_num = extend_num + excluded.extend_num,
		satisfy_den = satisfy_den + excluded.satisfy_den,
		satisfy_num = satisfy_num + excluded.satisfy_num,
		hours_den = hours_den + excluded.hours_den, hours_ms = hours_ms + excluded.hours_ms;
END;

CREATE TRIGGER event_stats_case_del BEFORE DELETE ON cases WHEN OLD.type = 'event'
BEGIN
	INSERT INTO event_stats SELECT day, org_id, unit_id, category, closed_day, due_day, -n,
		-accept_den, -accept_num, -settle_num, -ontime_den, -ontime_num, -close_num,
		-rework_den, -rework_num, -extend_den, -extend_num, -satisfy_den, -satisfy_num,
		-hours_den, -hours_ms
	FROM event_stats_src WHERE case_id = OLD.id
	ON CONFLICT DO UPDATE SET n = n + excluded.n, accept_den = accept_den + excluded.accept_den,
		accept_num = accept_num + excluded.accept_num,
		settle_num = settle_num + excluded.settle_num,
		ontime_den = ontime_den + excluded.ontime_den,
		ontime_num = ontime_num + excluded.ontime_num,
		close_num = close_num + excluded.close_num,
		rework_den = rework_den + excluded.rework_den,
		rework_num = rework_num + excluded.rework_num,
		extend_den = extend_den + excluded.extend_den,
		extend_num = extend_num + excluded.extend_num,
		satisfy_den = satisfy_den + excluded.satisfy_den,
		satisfy_num = satisfy_num + excluded.satisfy_num,
		hours_den = hours_den + excluded.hours_den, hours_ms = hours_ms + excluded.hours_ms;
END;

-- event_details: before a change the event's contribution with the old row goes, after it
-- the one with the new row comes. A new row replaces the contribution without details that
-- the case's own insert made (the case is inserted first: event_details references it).
CREATE TRIGGER event_stats_det_ins AFTER INSERT ON event_details
BEGIN
	INSERT INTO event_stats SELECT s.day, s.org_id, s.unit_id, s.category, s.closed_day, -1,
		-1, -(c.status = 'rejected'), 0, -s.settle_num, 0, 0, -s.close_num, 0, 0, 0, 0, 0, 0,
		-s.hours_den, -s.hours_ms
	FROM event_stats_src s JOIN cases c ON c.id = s.case_id WHERE s.case_id = NEW.case_id
	ON CONFLICT DO UPDATE SET n = n + excluded.n, accept_den = accept_den + excluded.accept_den,
		accept_num = accept_num + excluded.accept_num,
		settle_num = settle_num + excluded.settle_num,
		ontime_den = ontime_den + excluded.ontime_den,
		ontime_num = ontime_num + excluded.ontime_num,
		close_num = close_num + excluded.close_num,
		rework_den = rework_den + excluded.rework_den,
		rework_num = rework_num + excluded.rework_num,
		extend_den = extend_den + excluded.extend_den,
		extend_num = extend_num + excluded.extend_num,
		satisfy_den = satisfy_den + excluded.satisfy_den,
		satisfy_num = satisfy_num + excluded.satisfy_num,
		hours_den = hours_den + excluded.hours_den, hours_ms = hours_ms + excluded.hours_ms;
	INSERT INTO event_stats SELECT day, org_id, unit_id, category, closed_day, due_day, n,
		accept_den, accept_num, settle_num, ontime_den, ontime_num, close_num, rework_den,
		rework_num, extend_den, extend_num, satisfy_den, satisfy_num, hours_den, hours_ms
	FROM event_stats_src WHERE case_id = NEW.case_id
	ON CONFLICT DO UPDATE SET n = n + excluded.n, accept_den = accept_den + excluded.accept_den,
		accept_num = accept_num + excluded.accept_num,
		settle_num = settle_num + excluded.settle_num,
		ontime_den = ontime_den + excluded.ontime_den,
		ontime_num = ontime_num + excluded.ontime_num,
		close_num = close_num + excluded.close_num,
		rework_den = rework_den + excluded.rework_den,
		rework_num = rework_num + excluded.rework_num,
		extend_den = extend_den + excluded.extend_den,
		extend_num = extend_num + excluded.extend_num,
		satisfy_den = satisfy_den + excluded.satisfy_den,
		satisfy_num = satisfy_num + excluded.satisfy_num,
		hours_den = hours_den + excluded.hours_den, hours_ms = hours_ms + excluded.hours_ms;
END;

CREATE TRIGGER event_stats_det_upd_old BEFORE UPDATE OF accepted_at, handle_due_at,
	handled_at, rework_count, extension_days, rating ON event_details
BEGIN
	INSERT INTO event_stats SELECT day, org_id, unit_id, category, closed_day, due_day, -n,
		-accept_den, -accept_num, -settle_num, -ontime_den, -ontime_num, -close_num,
		-rework_den, -rework_num, -extend_den, -extend_num, -satisfy_den, -satisfy_num,
		-hours_den, -hours_ms
	FROM event_stats_src WHERE case_id = OLD.case_id
	ON CONFLICT DO UPDATE SET n = n + excluded.n, accept_den = accept_den + excluded.accept_den,
		accept_num = accept_num + excluded.accept_num,
		settle_num = settle_num + excluded.settle_num,
		ontime_den = ontime_den + excluded.ontime_den,
		ontime_num = ontime_num + excluded.ontime_num,
		close_num = close_num + excluded.close_num,
		rework_den = rework_den + excluded.rework_den,
		rework_num = rework_num + excluded.rework_num,
		extend_den = extend_den + excluded.extend_den,
		extend_num = extend_num + excluded.extend_num,
		satisfy_den = satisfy_den + excluded.satisfy_den,
		satisfy_num = satisfy_num + excluded.satisfy_num,
		hours_den = hours_den + excluded.hours_den, hours_ms = hours_ms + excluded.hours_ms;
END;

CREATE TRIGGER event_stats_det_upd_new AFTER UPDATE OF accepted_at, handle_due_at,
	handled_at, rework_count, extension_days, rating ON event_details
BEGIN
	INSERT INTO event_stats SELECT day, org_id, unit_id, category, closed_day, due_day, n,
		accept_den, accept_num, settle_num, ontime_den, ontime_num, close_num, rework_den,
		rework_num, extend_den, extend_num, satisfy_den, satisfy_num, hours_den, hours_ms
	FROM event_stats_src WHERE case_id = NEW.case_id
	ON CONFLICT DO UPDATE SET n = n + excluded.n, accept_den = accept_den + excluded.accept_den,
		accept_num = accept_num + excluded.accept_num,
		settle_num = settle_num + excluded.settle_num,
		ontime_den = ontime_den + excluded.ontime_den,
		ontime_num = ontime_num + excluded.ontime_num,
		close_num = close_num + excluded.close_num,
		rework_den = rework_den + excluded.rework_den,
		rework_num = rework_num + excluded.rework_num,
		extend_den = extend_den + excluded.extend_den,
		extend_num = extend_num + excluded.extend_num,
		satisfy_den = satisfy_den + excluded.satisfy_den,
		satisfy_num = satisfy_num + excluded.satisfy_num,
		hours_den = hours_den + excluded.hours_den, hours_ms = hours_ms + excluded.hours_ms;
END;

-- the bare contribution a details row leaves behind is added back after a delete
CREATE TRIGGER event_stats_det_del_old BEFORE DELETE ON event_details
BEGIN
	INSERT INTO event_stats SELECT day, org_id, unit_id, category, closed_day, due_day, -n,
		-accept_den, -accept_num, -settle_num, -ontime_den, -ontime_num, -close_num,
		-rework_den, -rework_num, -extend_den, -extend_num, -satisfy_den, -satisfy_num,
		-hours_den, -hours_ms
	FROM event_stats_src WHERE case_id = OLD.case_id
	ON CONFLICT DO UPDATE SET n = n + excluded.n, accept_den = accept_den + excluded.accept_den,
		accept_num = accept_num + excluded.accept_num,
		settle_num = settle_num + excluded.settle_num,
		ontime_den = ontime_den + excluded.ontime_den,
		ontime_num = ontime_num + excluded.ontime_num,
		close_num = close_num + excluded.close_num,
		rework_den = rework_den + excluded.rework_den,
		rework_num = rework_num + excluded.rework_num,
		extend_den = extend_den + excluded.extend_den,
		extend_num = extend_num + excluded.extend_num,
		satisfy_den = satisfy_den + excluded.satisfy_den,
		satisfy_num = satisfy_num + excluded.satisfy_num,
		hours_den = hours_den + excluded.hours_den, hours_ms = hours_ms + excluded.hours_ms;
END;

CREATE TRIGGER event_stats_det_del_new AFTER DELETE ON event_details
BEGIN
	INSERT INTO event_stats SELECT day, org_id, unit_id, category, closed_day, due_day, n,
		accept_den, accept_num, settle_num, ontime_den, ontime_num, close_num, rework_den,
		rework_num, extend_den, extend_num, satisfy_den, satisfy_num, hours_den, hours_ms
	FROM event_stats_src WHERE case_id = OLD.case_id
	ON CONFLICT DO UPDATE SET n = n + excluded.n, accept_den = accept_den + excluded.accept_den,
		accept_num = accept_num + excluded.accept_num,
		settle_num = settle_num + excluded.settle_num,
		ontime_den = ontime_den + excluded.ontime_den,
		ontime_num = ontime_num + excluded.ontime_num,
		close_num = close_num + excluded.close_num,
		rework_den = rework_den + excluded.rework_den,
		rework_num = rework_num + excluded.rework_num,
		extend_den = extend_den + excluded.extend_den,
		extend_num = extend_num + excluded.extend_num,
		satisfy_den = satisfy_den + excluded.satisfy_den,
		satisfy_num = satisfy_num + excluded.satisfy_num,
		hours_den = hours_den + excluded.hours_den, hours_ms = hours_ms + excluded.hours_ms;
END;

-- the events of part of a day (the edges of a period that does not start or end at midnight)
-- and today's open deadlines are read from the events: these two indexes find them
CREATE INDEX cases_type_created ON cases(type, created_at);
CREATE INDEX event_details_due ON event_details(handle_due_at);
