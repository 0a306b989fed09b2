-- 024_lf_stations.sql — the claim office of a unit (认领地点): where a citizen goes to claim a
-- found item that unit keeps, its phone and opening hours. Shown on the public notice
-- (招领公告, GET /api/v1/public/found and /found/stations) and on the receipt (领取凭证); set per
-- unit by an admin or leader over it (PUT /api/v1/lostfound/offices/{org_id}, lf_office.c).
-- Each column is optional (NULL when unset); a unit with none set has no row.
-- IF NOT EXISTS: a database set back to an older version (tests do) runs it again.
CREATE TABLE IF NOT EXISTS lf_stations (
	org_id INTEGER PRIMARY KEY REFERENCES orgs(id),
	address TEXT,
	phone TEXT,
	hours TEXT
);
