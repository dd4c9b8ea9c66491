-- Name search within a scope at national scale (issue #4, docs/performance.md). A province's members sit together
-- in the table while the planner takes them for spread out, so "read in table order and stop at the page's end"
-- plans read through other provinces first, and the word indexes cannot tell a province's "nguyen" from the
-- nation's. Each member now carries its scope key: the organisation one level below the root of the tree that its
-- organisation stands under (a province under the central committee; a district when a province is the root). A
-- search within a scope at that level or below names the key, and the word and pair indexes carry it first
-- (btree_gin), so that the index hands back only the scope's rows; a b-tree on the key lets a common name stop
-- early within the scope. Kept current by the database itself: when a member is written or moves, and when an
-- organisation gets a new path (a move of its subtree, a merger), whatever wrote it (the services, the bulk COPY).
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE OR REPLACE FUNCTION member_scope_key(path TEXT) RETURNS BIGINT IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE sql AS $$
    SELECT CAST(COALESCE(NULLIF(split_part(path, '/', 3), ''), split_part(path, '/', 2)) AS BIGINT)
$$;

DROP INDEX IF EXISTS ix_member_name_words;
DROP INDEX IF EXISTS ix_member_name_pairs;
ALTER TABLE member ADD COLUMN scope_id BIGINT;
UPDATE member m SET scope_id = member_scope_key(d.path) FROM organization_directory d WHERE d.id = m.organization_id;

CREATE INDEX ix_member_scope ON member (scope_id);
CREATE INDEX ix_member_name_words ON member USING gin (scope_id, string_to_array(name_key, ' '));
CREATE INDEX ix_member_name_pairs ON member USING gin (scope_id, member_name_pairs(name_key));

CREATE FUNCTION member_scope_current() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.scope_id := (SELECT member_scope_key(d.path) FROM organization_directory d WHERE d.id = NEW.organization_id);
    RETURN NEW;
END;
$$;
CREATE TRIGGER member_scope_current BEFORE INSERT OR UPDATE OF organization_id ON member
    FOR EACH ROW EXECUTE FUNCTION member_scope_current();

CREATE FUNCTION organization_members_scope() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE member SET scope_id = member_scope_key(NEW.path)
     WHERE organization_id = NEW.organization_id AND scope_id IS DISTINCT FROM member_scope_key(NEW.path);
    RETURN NULL;
END;
$$;
CREATE TRIGGER organization_members_scope AFTER INSERT OR UPDATE OF path ON organization_version
    FOR EACH ROW WHEN (NEW.valid_to IS NULL) EXECUTE FUNCTION organization_members_scope();

ANALYZE member;
