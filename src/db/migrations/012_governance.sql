-- 012_governance.sql — governance (issue #12): disputes and mediation (矛盾纠纷调解), the risk
-- register (风险台账), monitoring warnings (监测预警) with their thresholds, appraisal weights
-- (考评权重) and a generic link between cases.

-- Disputes (矛盾纠纷): the kind is the case's category, the mediator its assignee, the unit
-- that holds it (调委会 / 司法所 / 矛调中心) its assigned unit. The columns here are those lists,
-- the scheduler and the appraisal filter on. Sessions
-- and follow-up visits are lists kept in the case's attrs; parties are persons (当事人, the
-- platform's persons registry), never columns here.
CREATE TABLE dispute_details (
	case_id INTEGER PRIMARY KEY REFERENCES cases(id),
	level TEXT,               -- village, township, county, court
	start_level TEXT,         -- the level it arose at (就地化解: resolved at this level)
	outcome TEXT,             -- agree, partial, fail, refer
	terms TEXT,               -- the terms of the agreement (协议内容)
	agreed_at INTEGER,
	follow7 TEXT,             -- kept, broken (7-day visit)
	follow30 TEXT,            -- kept, broken (30-day visit)
	escalations INTEGER DEFAULT 0,
	reopened INTEGER DEFAULT 0,
	violent_risk INTEGER DEFAULT 0,   -- 民转刑风险
	risk_id INTEGER,
	event_id INTEGER,         -- the grid event it was turned from
	resolved_level TEXT       -- the level where it was settled
);
CREATE INDEX dispute_details_watch ON dispute_details(violent_risk);

-- Risks (风险): likelihood and impact give the level (matrix in docs/indicators.md); control
-- measures are a list in attrs; open_measures counts the undone ones (the resolve guard and
-- the table filter on it).
CREATE TABLE risk_details (
	case_id INTEGER PRIMARY KEY REFERENCES cases(id),
	source TEXT,              -- patrol, dispute, event, report, warning
	likelihood INTEGER,
	impact INTEGER,
	level TEXT,               -- red, orange, yellow, blue
	owner_unit_id INTEGER,
	review_at INTEGER,
	open_measures INTEGER DEFAULT 0,
	resolved_on_time INTEGER,
	source_case_id INTEGER
);
CREATE INDEX risk_details_level ON risk_details(level);

-- Monitoring warnings (预警): the indicator and the subject it counted (a community and
-- dispute kind, an address, a grid ...); one open warning per (indicator, org, subject).
CREATE TABLE warning_details (
	case_id INTEGER PRIMARY KEY REFERENCES cases(id),
	indicator TEXT,
	subject TEXT,
	value INTEGER,
	threshold INTEGER,
	window_days INTEGER,
	acknowledged_by INTEGER,
	acknowledged_at INTEGER,
	risk_id INTEGER
);
CREATE INDEX warning_details_subject ON warning_details(indicator, subject);

-- Thresholds (预警阈值) per org unit, set by admins; the scheduler applies a unit's threshold
-- to everything under it (the nearest unit up that has one wins).
CREATE TABLE monitor_thresholds (
	id INTEGER PRIMARY KEY,
	org_id INTEGER NOT NULL REFERENCES orgs(id),
	indicator TEXT NOT NULL,
	threshold INTEGER NOT NULL,
	window_days INTEGER NOT NULL,
	updated_by INTEGER,
	updated_at INTEGER NOT NULL,
	UNIQUE (org_id, indicator)
);

-- Appraisal weights (考评权重), set by an admin; a missing key uses the built-in weight.
CREATE TABLE appraisal_weights (
	key TEXT PRIMARY KEY,
	weight REAL NOT NULL,
	updated_by INTEGER,
	updated_at INTEGER NOT NULL
);

-- Links between cases are the platform's case_links (migration 009: one row per pair, a < b,
-- read both ways); a link made by governance says why (a dispute and the event it came from,
-- a risk and its dispute or warning): from_event, from_dispute, from_warning. NULL: a plain link.
ALTER TABLE case_links ADD COLUMN kind TEXT;
