-- H2 (embedded demo database): append-only is enforced by the application; PostgreSQL adds a trigger.
COMMENT ON TABLE ballot_entry IS 'append-only: a correction is a new row that voids an earlier one';
