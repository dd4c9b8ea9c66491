-- PostgreSQL: the database itself refuses to change or delete audit records.
CREATE FUNCTION audit_record_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_record is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_record_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_is_append_only();
