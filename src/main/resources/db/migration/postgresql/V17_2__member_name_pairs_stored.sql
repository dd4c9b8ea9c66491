-- Name search at national scale (issue #4, docs/performance.md): when the planner reads a scope's members in table
-- order and stops at the page's end, every row read is checked against the typed word pairs; computing the pairs
-- with member_name_pairs (an SQL function) on each such row cost 10–30 µs, most of the slow searches' time
-- ("le van" read 12,000 rows for 200 matches). The pairs are now stored with the row (computed once when the name
-- is written, by the same function) and both the check and the index read the column.
ALTER TABLE member ADD COLUMN name_pairs TEXT[] GENERATED ALWAYS AS (member_name_pairs(name_key)) STORED;
DROP INDEX IF EXISTS ix_member_name_pairs;
CREATE INDEX ix_member_name_pairs ON member USING gin (scope_id, name_pairs);
ANALYZE member;
