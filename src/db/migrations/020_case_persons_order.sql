-- 020_case_persons_order.sql — the persons of a case (当事人) in the order they were registered,
-- read from an index instead of sorted per case: a list page writes the persons of every listed
-- case that has some, and the sort SQLite made for each (a temporary B-tree per case) was most
-- of that cost. core/person.c SQL_CASE_PERSONS orders by (created_at, person_id) to use it.
CREATE INDEX case_persons_order ON case_persons(case_id, created_at, person_id);
