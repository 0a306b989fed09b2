-- 018_case_shares.sql — per-case sharing (单案共享): a case shared with one org unit besides the
-- units of its scope (its place and its assigned unit). A user holding a staff role in the
-- subtree of a shared unit may open the case, read it, comment, and take the actions its type
-- marks WF_SHARED (a risk's measure is completed by the measure's owner unit, which may lie
-- outside the risk's subtree). Written by a type's write hook with case_share(); since session 6
-- the case lists read it too (core/case.h CASE_LIST_SCOPE).
CREATE TABLE case_shares (
	case_id INTEGER NOT NULL REFERENCES cases(id),
	org_id INTEGER NOT NULL REFERENCES orgs(id),
	created_at INTEGER NOT NULL,
	PRIMARY KEY (case_id, org_id)
) WITHOUT ROWID;
CREATE INDEX case_shares_org ON case_shares(org_id);
