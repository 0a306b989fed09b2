-- 001_init.sql — org tree, accounts, sessions, the case engine and its timeline.
-- Portable SQL: INTEGER/TEXT/REAL/BLOB columns, times as integer milliseconds since the epoch.

-- Org units (组织机构): province › city › county › township › community › grid, police and
-- departments beside them. path is the materialised chain of ids, '/1/3/7/', so that
-- "inside the subtree of X" is a prefix test.
CREATE TABLE orgs (
	id INTEGER PRIMARY KEY,
	parent_id INTEGER REFERENCES orgs(id),
	kind TEXT NOT NULL,
	name TEXT NOT NULL,
	code TEXT NOT NULL UNIQUE,
	path TEXT NOT NULL
);
CREATE INDEX orgs_parent ON orgs(parent_id);
CREATE INDEX orgs_path ON orgs(path);

CREATE TABLE users (
	id INTEGER PRIMARY KEY,
	login TEXT NOT NULL UNIQUE,
	name TEXT NOT NULL,
	pw_hash TEXT NOT NULL,
	disabled INTEGER NOT NULL DEFAULT 0,
	created_at INTEGER NOT NULL
);

-- A role granted on an org unit covers the unit and its whole subtree.
CREATE TABLE grants (
	id INTEGER PRIMARY KEY,
	user_id INTEGER NOT NULL REFERENCES users(id),
	role TEXT NOT NULL,
	org_id INTEGER NOT NULL REFERENCES orgs(id),
	UNIQUE (user_id, role, org_id)
);
CREATE INDEX grants_org ON grants(org_id);

-- Sessions: only the BLAKE2b hash of the token is stored.
CREATE TABLE sessions (
	id INTEGER PRIMARY KEY,
	token_hash BLOB NOT NULL UNIQUE,
	user_id INTEGER NOT NULL REFERENCES users(id),
	csrf TEXT NOT NULL,
	created_at INTEGER NOT NULL,
	last_seen INTEGER NOT NULL,
	expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

-- One table for every case type; type-specific fields live in attrs (a JSON object).
CREATE TABLE cases (
	id INTEGER PRIMARY KEY,
	code TEXT NOT NULL UNIQUE,
	type TEXT NOT NULL,
	category TEXT,
	title TEXT NOT NULL,
	body TEXT NOT NULL DEFAULT '',
	status TEXT NOT NULL,
	org_id INTEGER NOT NULL REFERENCES orgs(id),
	assignee_id INTEGER REFERENCES users(id),
	unit_id INTEGER REFERENCES orgs(id),
	lat REAL,
	lon REAL,
	address TEXT,
	reporter_id INTEGER REFERENCES users(id),
	priority TEXT NOT NULL DEFAULT 'normal',
	due_at INTEGER,
	version INTEGER NOT NULL DEFAULT 1,
	created_at INTEGER NOT NULL,
	updated_at INTEGER NOT NULL,
	closed_at INTEGER,
	attrs TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX cases_type ON cases(type, id);
CREATE INDEX cases_org ON cases(org_id, id);
CREATE INDEX cases_assignee ON cases(assignee_id, id);
CREATE INDEX cases_reporter ON cases(reporter_id, id);
CREATE INDEX cases_status ON cases(type, status, closed_at);

-- The append-only timeline (办理记录). Every row carries the BLAKE2b hash of the previous
-- row's hash and its own content: editing or deleting a row breaks the chain.
CREATE TABLE timeline (
	id INTEGER PRIMARY KEY,
	case_id INTEGER NOT NULL REFERENCES cases(id),
	seq INTEGER NOT NULL,
	kind TEXT NOT NULL,
	action TEXT,
	actor_id INTEGER REFERENCES users(id),
	at INTEGER NOT NULL,
	from_status TEXT,
	to_status TEXT,
	note TEXT,
	data TEXT,
	prev_hash BLOB NOT NULL,
	hash BLOB NOT NULL,
	UNIQUE (case_id, seq)
);

-- Idempotency-Key of POST /cases: a retry returns the first case.
CREATE TABLE idempotency (
	user_id INTEGER NOT NULL REFERENCES users(id),
	idem_key TEXT NOT NULL,
	body_hash BLOB NOT NULL,
	case_id INTEGER NOT NULL REFERENCES cases(id),
	created_at INTEGER NOT NULL,
	PRIMARY KEY (user_id, idem_key)
);

-- Named counters, e.g. the daily sequence of case codes.
CREATE TABLE counters (
	name TEXT PRIMARY KEY,
	value INTEGER NOT NULL
);
