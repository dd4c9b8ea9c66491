-- H2: a plain index serves LIKE 'prefix%'; append-only is enforced by the application.
CREATE INDEX ix_member_name_key ON member (name_key);
