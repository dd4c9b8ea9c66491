-- H2 (embedded demo database): append-only is enforced by the application; PostgreSQL adds a trigger.
COMMENT ON TABLE audit_record IS 'append-only: never updated or deleted';
