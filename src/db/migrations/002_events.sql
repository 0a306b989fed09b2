-- 002_events.sql — grid events and the four platforms: grid shapes, the event catalogue,
-- holidays, notifications, photos.

-- Grid and community boundaries (GeoJSON geometry text) with their bounding boxes.
CREATE TABLE geo_shapes (
	org_id INTEGER PRIMARY KEY REFERENCES orgs(id),
	geometry TEXT NOT NULL,
	min_lon REAL NOT NULL,
	min_lat REAL NOT NULL,
	max_lon REAL NOT NULL,
	max_lat REAL NOT NULL
);

-- Event catalogue (事件分类): two levels, 大类 (parent NULL) and 小类.
CREATE TABLE categories (
	code TEXT PRIMARY KEY,
	case_type TEXT NOT NULL DEFAULT 'event',
	name TEXT NOT NULL,
	parent TEXT REFERENCES categories(code),
	platform TEXT NOT NULL,
	department_id INTEGER REFERENCES orgs(id),
	accept_hours INTEGER NOT NULL DEFAULT 2,
	handle_days INTEGER NOT NULL DEFAULT 5,
	settle_on_spot INTEGER NOT NULL DEFAULT 0,
	public INTEGER NOT NULL DEFAULT 0,
	sort INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX categories_parent ON categories(parent);

-- Holidays (节假日) and working weekend days (调休上班, workday = 1).
CREATE TABLE holidays (
	day TEXT PRIMARY KEY,
	name TEXT NOT NULL DEFAULT '',
	workday INTEGER NOT NULL DEFAULT 0
);

-- In-app inbox (站内消息).
CREATE TABLE notifications (
	id INTEGER PRIMARY KEY,
	user_id INTEGER NOT NULL REFERENCES users(id),
	case_id INTEGER REFERENCES cases(id),
	kind TEXT NOT NULL,
	message TEXT NOT NULL,
	created_at INTEGER NOT NULL,
	read_at INTEGER
);
CREATE INDEX notifications_user ON notifications(user_id, id);

-- Photos, stored once per content hash.
CREATE TABLE blobs (
	sha256 TEXT PRIMARY KEY,
	mime TEXT NOT NULL,
	size INTEGER NOT NULL,
	data BLOB NOT NULL
);
CREATE TABLE attachments (
	id INTEGER PRIMARY KEY,
	sha256 TEXT NOT NULL REFERENCES blobs(sha256),
	uploader_id INTEGER NOT NULL REFERENCES users(id),
	created_at INTEGER NOT NULL
);
CREATE TABLE case_attachments (
	case_id INTEGER NOT NULL REFERENCES cases(id),
	attachment_id INTEGER NOT NULL REFERENCES attachments(id),
	PRIMARY KEY (case_id, attachment_id)
);
CREATE INDEX case_attachments_att ON case_attachments(attachment_id);

-- Open cases with a deadline, for the scheduler and the supervision queue.
CREATE INDEX cases_due ON cases(due_at);

-- Lists filtered by type and status, newest first.
CREATE INDEX cases_type_status ON cases(type, status, id);
