-- H2: a plain index serves LIKE 'prefix%'.
CREATE INDEX ix_organization_version_path ON organization_version (path, valid_from);
CREATE INDEX ix_organization_version_name_key ON organization_version (name_key);
