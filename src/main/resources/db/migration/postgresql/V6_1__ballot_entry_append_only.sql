-- PostgreSQL: the entry log cannot be changed or deleted.
CREATE FUNCTION ballot_entry_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'ballot_entry is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ballot_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON ballot_entry
    FOR EACH ROW EXECUTE FUNCTION ballot_entry_is_append_only();
