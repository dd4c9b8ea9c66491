-- The member registry at national scale (5.7 million members, issue #4; figures in docs/performance.md).
--
-- Name search: every typed word may stand anywhere in the folded name ("nguyen thi h" finds "Nguyễn Thị Hoa"),
-- i.e. LIKE '%word%', which no b-tree serves. A trigram index does. pg_trgm ships with PostgreSQL and is a
-- trusted extension from PostgreSQL 13, so the schema owner may create it. It goes to schema public (or stays
-- wherever a database administrator installed it) and the operator class is named with that schema, so the
-- migration works whatever the application's search_path.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

DO $$
DECLARE
    trgm_schema TEXT;
BEGIN
    SELECT n.nspname INTO trgm_schema
      FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
     WHERE x.extname = 'pg_trgm';
    EXECUTE format('CREATE INDEX ix_member_name_key_trgm ON member USING gin (name_key %I.gin_trgm_ops)',
                   trgm_schema);
END
$$;

-- Membership on a day: each member's last event on or before the day, found as "no later event of the same
-- member on or before the day". Both sides are answered from the indexes alone (index-only scans): the events
-- that place members in the subtree's organisations, and the probe for a later event.
DROP INDEX ix_member_event_as_of;
CREATE INDEX ix_member_event_as_of ON member_event (organization_after, effective_on)
    INCLUDE (member_id, seq, status_after);
CREATE INDEX ix_member_event_member_seq ON member_event (member_id, seq) INCLUDE (effective_on);
