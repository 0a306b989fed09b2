-- 009_desk1.sql — the police front desk, first half (阳光坐席): reception, help requests,
-- incidents, CCTV reviews and archive queries; and case links, a platform feature.
-- Persons (visitor, requester, reporter, victim) are never stored here: they are linked through
-- the persons registry.

-- Links between cases (关联案件), for every type: stored once per pair with a < b and read both
-- ways (a visit that started a help request, a CCTV review for an incident).
CREATE TABLE case_links (
	a INTEGER NOT NULL REFERENCES cases(id),
	b INTEGER NOT NULL REFERENCES cases(id),
	created_by INTEGER REFERENCES users(id),
	created_at INTEGER NOT NULL,
	PRIMARY KEY (a, b),
	CHECK (a < b)
);
CREATE INDEX case_links_b ON case_links(b);

-- Reception 坐堂接待 [visit].
CREATE TABLE visit_details (
	case_id INTEGER PRIMARY KEY REFERENCES cases(id),
	purpose TEXT,
	handling TEXT,
	minutes INTEGER,
	outcome TEXT
);
CREATE INDEX visit_details_purpose ON visit_details(purpose);

-- Help request 群众求助 [help] (its category is the case's category).
CREATE TABLE help_details (
	case_id INTEGER PRIMARY KEY REFERENCES cases(id),
	urgency TEXT,
	result TEXT,
	resolved_at INTEGER
);

-- Incident 警情 [incident]: 发案 counts filed_at, 破案 solved_at (docs/indicators.md).
CREATE TABLE incident_details (
	case_id INTEGER PRIMARY KEY REFERENCES cases(id),
	occurred_at INTEGER,
	filed_at INTEGER,
	case_no TEXT,
	no_case_reason TEXT,
	solved_at INTEGER,
	solve_method TEXT,
	close_note TEXT
);
CREATE INDEX incident_details_filed ON incident_details(filed_at);
CREATE INDEX incident_details_solved ON incident_details(solved_at);

-- CCTV review 视频调阅 [cctv].
CREATE TABLE cctv_details (
	case_id INTEGER PRIMARY KEY REFERENCES cases(id),
	cameras TEXT,
	window_from INTEGER,
	window_to INTEGER,
	reason TEXT,
	approved_by INTEGER,
	refuse_reason TEXT,
	views INTEGER DEFAULT 0,
	found INTEGER,
	conclusion TEXT
);

-- Archive query 档案查询 [archive].
CREATE TABLE archive_details (
	case_id INTEGER PRIMARY KEY REFERENCES cases(id),
	purpose TEXT,
	asked TEXT,
	approved_by INTEGER,
	refuse_reason TEXT,
	result TEXT
);
