-- 025_lf_found_pair.sql — a found item's 对应失物登记 (found_details.lost_id), while the item is
-- not yet returned or disposed of, names the lost report whose owner waits for it: the open
-- report of a confirmed pair (LF_OWNER_WAITING_SQL in src/modules/lostfound.h), or nothing.
-- The item's JSON reads it for `noticed` and `notice_withheld` (on the public notice or left
-- off it). It is set at the confirmation and cleared when the pair is undone, and from this
-- version also when the lost report is withdrawn; this aligns the rows written before: a pair
-- confirmed before lost_id was kept at the confirmation, and a withdrawn report still named.
-- Only rows that differ are written; running it again changes nothing.
UPDATE found_details SET lost_id = (
	SELECT m.lost_id FROM lf_matches m JOIN cases l ON l.id = m.lost_id
	WHERE m.found_id = found_details.case_id AND m.confirmed = 1 AND l.closed_at IS NULL
	ORDER BY m.lost_id LIMIT 1)
WHERE case_id IN (SELECT id FROM cases WHERE type = 'found' AND closed_at IS NULL)
AND lost_id IS NOT (
	SELECT m.lost_id FROM lf_matches m JOIN cases l ON l.id = m.lost_id
	WHERE m.found_id = found_details.case_id AND m.confirmed = 1 AND l.closed_at IS NULL
	ORDER BY m.lost_id LIMIT 1);
