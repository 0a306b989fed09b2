-- 011_lostfound.sql — lost and found (拾遗物返还): lost reports (失物登记) and found items
-- (拾遗物登记), their shared category catalogue, the stored match candidates, the serial
-- fragments that retrieve candidates across categories, the settings (notice delay, claim
-- period) and the neighbouring stations whose items are matched together.

-- Lost reports (失物登记). m_feat holds the matcher's features computed at registration (struct
-- lf_prep: normalised serial, brand, kind, colours, text tokens), so that scoring a candidate
-- reads them instead of parsing its text again. m_org and m_cat copy the case's unit and category so that candidate
-- retrieval is one index range (unit, category, time) and never a scan of every item.
CREATE TABLE lost_details (
	case_id INTEGER PRIMARY KEY REFERENCES cases(id),
	color TEXT,
	brand TEXT,
	model TEXT,
	serial TEXT,
	marks TEXT,
	lost_from INTEGER,
	lost_to INTEGER,
	found_id INTEGER,
	returned_at INTEGER,
	m_org INTEGER,
	m_cat TEXT,
	m_open INTEGER DEFAULT 1,
	m_feat BLOB
);
CREATE INDEX lost_details_match ON lost_details(m_org, m_cat, m_open, lost_to);

-- Found items (拾遗物登记): where it is kept, when it is published (招领公告) and when the
-- claim period ends (认领期限).
CREATE TABLE found_details (
	case_id INTEGER PRIMARY KEY REFERENCES cases(id),
	color TEXT,
	brand TEXT,
	model TEXT,
	serial TEXT,
	marks TEXT,
	found_at INTEGER,
	storage_place TEXT,
	handed_in INTEGER DEFAULT 0,
	moves INTEGER DEFAULT 0,
	notice_at INTEGER,
	claim_end_at INTEGER,
	lost_id INTEGER,
	verification TEXT,
	handed_by INTEGER,
	returned_at INTEGER,
	disposal TEXT,
	disposed_at INTEGER,
	m_org INTEGER,
	m_cat TEXT,
	m_open INTEGER DEFAULT 1,
	m_feat BLOB
);
CREATE INDEX found_details_match ON found_details(m_org, m_cat, m_open, found_at);
CREATE INDEX found_details_notice ON found_details(m_open, notice_at);
CREATE INDEX found_details_claim ON found_details(m_open, claim_end_at);

-- Serial fragments (串号片段): the whole normalised serial and its tails, per side, so that
-- "尾号8842" finds "6222****8842" whatever category either side chose.
CREATE TABLE lf_serials (
	frag TEXT NOT NULL,
	side TEXT NOT NULL,
	org_id INTEGER NOT NULL,
	case_id INTEGER NOT NULL REFERENCES cases(id),
	PRIMARY KEY (frag, side, org_id, case_id)
);

-- Stored match candidates (匹配候选) with their score and reasons (JSON text written once and
-- sent as it is). A dismissed pair (排除) is kept so that it never comes back.
CREATE TABLE lf_matches (
	lost_id INTEGER NOT NULL REFERENCES cases(id),
	found_id INTEGER NOT NULL REFERENCES cases(id),
	score INTEGER NOT NULL,
	sure INTEGER NOT NULL DEFAULT 0,
	reasons TEXT NOT NULL,
	dismissed INTEGER NOT NULL DEFAULT 0,
	confirmed INTEGER NOT NULL DEFAULT 0,
	created_at INTEGER NOT NULL,
	PRIMARY KEY (lost_id, found_id)
);
CREATE INDEX lf_matches_found ON lf_matches(found_id);

-- Settings: days until a found item is published, days of the claim period (民法典 art. 318).
CREATE TABLE lf_settings (
	name TEXT PRIMARY KEY,
	value INTEGER NOT NULL
);
INSERT INTO lf_settings (name, value) VALUES ('notice_days', 3), ('claim_days', 365);

-- Neighbouring stations (相邻派出所) whose items are matched with a station's own.
CREATE TABLE lf_neighbours (
	org_id INTEGER NOT NULL REFERENCES orgs(id),
	neighbour_id INTEGER NOT NULL REFERENCES orgs(id),
	PRIMARY KEY (org_id, neighbour_id)
);

-- The shared category catalogue of both sides (物品类别), extendable by admins.
INSERT INTO categories (code, case_type, name, platform, sort) VALUES
	('id_doc', 'lost', '证件', '', 1),
	('phone', 'lost', '手机', '', 2),
	('wallet', 'lost', '钱包', '', 3),
	('keys', 'lost', '钥匙', '', 4),
	('ebike', 'lost', '电动车', '', 5),
	('bicycle', 'lost', '自行车', '', 6),
	('bag', 'lost', '包', '', 7),
	('cash', 'lost', '现金', '', 8),
	('jewelry', 'lost', '首饰', '', 9),
	('electronics', 'lost', '电子产品', '', 10),
	('other', 'lost', '其他', '', 11);
