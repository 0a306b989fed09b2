-- 015_complaint.sql — complaints about a unit (投诉, case type "complaint"): the unit complained
-- about is the case's org unit; what it is about, the staff member named, the conclusion
-- (uphold 属实 / reject 不属实) with the findings, when and by whom, and whether it came within
-- the deadline. Columns in the order of complaint.c's TF_STORED fields; indexed where the
-- appraisal (complaints upheld per unit and per staff member) filters. The complainant is a
-- person of the persons registry (role "complainant"), never a column here.
CREATE TABLE complaint_details (
	case_id INTEGER PRIMARY KEY REFERENCES cases(id),
	about TEXT,               -- attitude, inaction, delay, misconduct, other
	staff_id INTEGER REFERENCES users(id),
	outcome TEXT,             -- upheld, rejected
	findings TEXT,
	concluded_at INTEGER,
	concluded_by INTEGER REFERENCES users(id),
	on_time INTEGER
);
CREATE INDEX complaint_details_concluded ON complaint_details(concluded_at) WHERE concluded_at IS NOT NULL;
CREATE INDEX complaint_details_staff ON complaint_details(staff_id) WHERE staff_id IS NOT NULL;
-- The appraisal's commendation rate counts the cases handled (closed) in a period, of every
-- type: a range on closed_at, not a scan of every case.
CREATE INDEX cases_closed ON cases(closed_at);
