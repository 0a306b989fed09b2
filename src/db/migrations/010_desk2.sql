-- 010_desk2.sql — the front desk (阳光坐席, issue 10): custody of non-case property, the
-- inventory counts, shift handovers and commendations. Side tables of their case types
-- (columns in the order of each type's TF_STORED fields), indexed where the inventory, the
-- desk page and the statistics filter.

-- 非涉案物品: where it is, since when, on loan to whom until when, how it left.
CREATE TABLE custody_details (
	case_id INTEGER PRIMARY KEY REFERENCES cases(id),
	item_category TEXT,
	quantity INTEGER,
	reason_held TEXT,
	place TEXT,
	stored_at INTEGER,
	hold_days INTEGER,
	borrower TEXT,
	loan_due_at INTEGER,
	disposal_method TEXT,
	approved_by INTEGER REFERENCES users(id),
	released_at INTEGER,
	disposed_at INTEGER
);
CREATE INDEX custody_details_loan_due ON custody_details(loan_due_at) WHERE loan_due_at IS NOT NULL;

-- 盘点: each count of a station's store and its differences (result: JSON of missing,
-- unexpected and wrong_place), kept for the record.
CREATE TABLE custody_counts (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	org_id INTEGER NOT NULL REFERENCES orgs(id),
	counted_by INTEGER NOT NULL REFERENCES users(id),
	counted_at INTEGER NOT NULL,
	expected INTEGER NOT NULL,
	counted INTEGER NOT NULL,
	missing INTEGER NOT NULL,
	unexpected INTEGER NOT NULL,
	wrong_place INTEGER NOT NULL,
	note TEXT,
	result TEXT NOT NULL
);
CREATE INDEX custody_counts_org ON custody_counts(org_id, id);

-- 交接班: the sheet itself is in the case's attrs (compiled JSON); these are the columns.
CREATE TABLE handover_details (
	case_id INTEGER PRIMARY KEY REFERENCES cases(id),
	shift TEXT,
	notes TEXT,
	signed_at INTEGER,
	accepted_at INTEGER,
	accepted_by INTEGER REFERENCES users(id),
	remarks TEXT
);

-- 锦旗/表扬: counted by date, unit, officer and form.
CREATE TABLE commendation_details (
	case_id INTEGER PRIMARY KEY REFERENCES cases(id),
	received_on INTEGER,
	form TEXT,
	giver_kind TEXT,
	giver_org TEXT,
	officer_id INTEGER REFERENCES users(id),
	linked_case_id INTEGER
);
CREATE INDEX commendation_details_received ON commendation_details(received_on);
CREATE INDEX commendation_details_officer ON commendation_details(officer_id);
