-- 003_timeline.sql — a keyed hash chain per case, the case's state after each event, anchors.
--
-- Each case's timeline is its own chain: a row's prev_hash is the hash of the row before it in
-- the same case (seq order; 32 zero bytes before seq 1), and hash is BLAKE2b keyed with the key
-- file's timeline MAC key (src/core/timeline.c). SQL cannot compute keyed hashes, so this
-- migration only marks the chains for a rebuild that `pingan init` runs right after it, with
-- the key (timeline_rebuild); serve and audit refuse a database still marked.

-- The table is made again for two changes:
-- * ids are never reused (AUTOINCREMENT; a sequence in PostgreSQL): an anchor covers the rows up
--   to an id, so a row deleted at the end must not lend its id to the next event;
-- * the case's state after the event, which `pingan audit verify` replays against the case
--   row: assignee_id, unit_id, closed_at, NULL when none (no assignee, no unit, not closed).
CREATE TABLE timeline_new (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
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
	assignee_id INTEGER,
	unit_id INTEGER,
	closed_at INTEGER,
	prev_hash BLOB NOT NULL,
	hash BLOB NOT NULL,
	UNIQUE (case_id, seq)
);
INSERT INTO timeline_new (id, case_id, seq, kind, action, actor_id, at, from_status, to_status,
	note, data, prev_hash, hash)
	SELECT id, case_id, seq, kind, action, actor_id, at, from_status, to_status, note, data,
	prev_hash, hash FROM timeline;
DROP TABLE timeline;
ALTER TABLE timeline_new RENAME TO timeline;

-- Rows written before this migration never recorded that state. The last row of each case
-- gets the case row's; earlier rows keep NULL (their intermediate assignees are unknown).
UPDATE timeline SET
	assignee_id = (SELECT c.assignee_id FROM cases c WHERE c.id = timeline.case_id),
	unit_id = (SELECT c.unit_id FROM cases c WHERE c.id = timeline.case_id),
	closed_at = (SELECT c.closed_at FROM cases c WHERE c.id = timeline.case_id)
WHERE seq = (SELECT MAX(t2.seq) FROM timeline t2 WHERE t2.case_id = timeline.case_id);

-- Anchors (锚点): every minute in which timelines changed, and at shutdown, the heads of the
-- chains that changed since the previous anchor. Anchors are chained and keyed like the
-- timeline; each one's hash is also appended to a plain file outside the database.
-- tl_upto: the highest timeline id the anchor covers (the next one covers the rows after it).
CREATE TABLE anchors (
	id INTEGER PRIMARY KEY,
	at INTEGER NOT NULL,
	tl_upto INTEGER NOT NULL,
	heads INTEGER NOT NULL,
	prev_hash BLOB NOT NULL,
	hash BLOB NOT NULL
);
CREATE TABLE anchor_heads (
	anchor_id INTEGER NOT NULL REFERENCES anchors(id),
	case_id INTEGER NOT NULL,
	seq INTEGER NOT NULL,
	hash BLOB NOT NULL,
	PRIMARY KEY (anchor_id, case_id)
);

-- A check value of the key file's timeline key (a keyed hash of a fixed text), written by the
-- rebuild: commands given another key file refuse to run instead of chaining rows with it.
CREATE TABLE key_check (
	purpose TEXT PRIMARY KEY,
	mac BLOB NOT NULL
);

-- Set until `pingan init` has (re)built the chains with the key: a database that never had a
-- key file. Only then may init create one; a keyed database whose key file is missing is an error.
CREATE TABLE timeline_rebuild (pending INTEGER NOT NULL);
INSERT INTO timeline_rebuild (pending) VALUES (1);
