-- 021_search_english.sql — the full-text index (全文检索) holds the English names of a case's
-- category and choice fields beside the Chinese ones (core/case_index.c case_search_text), so a
-- reader of the English interface finds a case by the category name it shows. Rows written by
-- older builds hold only the Chinese: every case is indexed again, once, by case_index_fill at
-- the next `pingan init` or `serve` start (INSERT OR REPLACE of each row, newest first).
UPDATE search_state SET fill_from = (SELECT COALESCE(MAX(id), 0) FROM cases) WHERE id = 1;
