-- Chinese full-text search (issue 9 §3, 全文检索). One row per case, rowid = cases.id, so that
-- a search walks the index newest first (rowid DESC) and joins the case by its key:
--   text  the type's searchable text (case_search_text: title, body, address, category name
--         and the TF_SEARCH fields, or the type's search_text hook); never personal data;
--   notes the comments (评论), appended one by one in the comment's own write job.
-- The tokenizer 'pingan' (src/search/tokenize.c: CJK bigrams plus colocated unigrams, Latin
-- words and digits, folded) is registered on every connection by the db layer before this
-- runs. columnsize=0: no rank is computed, results are newest first.
CREATE VIRTUAL TABLE case_fts USING fts5(text, notes, tokenize = 'pingan', columnsize = 0);
-- Cases that existed before this migration are indexed by the server once, at its next start
-- (the searchable text comes from each type's hook, in C): search_state.fill_from is the
-- highest case id still to index, 0 when the index is complete.
CREATE TABLE search_state (id INTEGER PRIMARY KEY CHECK (id = 1), fill_from INTEGER NOT NULL);
INSERT INTO search_state (id, fill_from) SELECT 1, COALESCE(MAX(id), 0) FROM cases;
