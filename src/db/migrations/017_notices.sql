-- 017_notices.sql — the inbox pages newest first by time (GET /api/v1/notifications): a notice
-- written for a past instant (demo data, imports) after newer ones must not come first.
CREATE INDEX notifications_user_time ON notifications(user_id, created_at, id);
