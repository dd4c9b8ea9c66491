-- H2 (embedded demo database): append-only is enforced by the application; nothing to add here.
SELECT 1;
