-- PostgreSQL: prefix searches on the folded name use an index whatever the database collation;
-- the life-cycle history cannot be changed or deleted.
CREATE INDEX ix_member_name_key ON member (name_key text_pattern_ops);

CREATE FUNCTION member_event_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'member_event is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER member_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON member_event
    FOR EACH ROW EXECUTE FUNCTION member_event_is_append_only();
