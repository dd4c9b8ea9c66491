-- The bulk writer (MemberBulkWriter: imports, carried-over registers) knows each member's organisation path
-- already and gives the scope key in the COPY itself; the trigger of V15_1 then runs only for rows that come
-- without one (every other write path) and when a member moves. A PL/pgSQL call per row was a tenth of the cost of
-- a bulk load's COPY into member (docs/performance.md, issue #4). The key is the same function of the same path:
-- member_scope_key(organization_directory.path) of the member's organisation.
DROP TRIGGER member_scope_current ON member;
CREATE TRIGGER member_scope_on_insert BEFORE INSERT ON member
    FOR EACH ROW WHEN (NEW.scope_id IS NULL) EXECUTE FUNCTION member_scope_current();
CREATE TRIGGER member_scope_current BEFORE UPDATE OF organization_id ON member
    FOR EACH ROW EXECUTE FUNCTION member_scope_current();
