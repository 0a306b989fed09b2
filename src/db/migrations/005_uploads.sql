-- Uploads (issue 8 §4): a quota per user per 24 hours, and uploads that no case took within a
-- day removed by the scheduler (attach_sweep). linked is set once a case refers to the upload,
-- so that the sweep reads only the few unlinked ones through a partial index.
ALTER TABLE attachments ADD COLUMN linked INTEGER NOT NULL DEFAULT 0;
UPDATE attachments SET linked = 1 WHERE id IN (SELECT attachment_id FROM case_attachments);
CREATE INDEX attachments_unlinked ON attachments(created_at) WHERE linked = 0;
CREATE INDEX attachments_sha ON attachments(sha256);
CREATE INDEX attachments_uploader ON attachments(uploader_id, created_at);
