-- H2 (embedded demo database): append-only is enforced by the application.
SELECT 1;
