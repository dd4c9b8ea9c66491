-- The embedded H2 database serves the demo and small trials (tens of thousands of members). There, the
-- work-list and number indexes that PostgreSQL needs at national scale cost more to maintain when members
-- are loaded (every index entry is also undo-logged and processed again at commit) than they save: the
-- queries they serve scan a few tens of thousands of rows in milliseconds. PostgreSQL keeps them all.
DROP INDEX ix_member_status_ceremony;
DROP INDEX ix_member_exempt;
DROP INDEX ix_member_event_kind_on;
DROP INDEX ix_member_dossier_number;
