-- PostgreSQL: prefix searches on paths (LIKE '/1/5/%') use an index whatever the database collation.
CREATE INDEX ix_organization_version_path ON organization_version (path text_pattern_ops, valid_from);
CREATE INDEX ix_organization_version_name_key ON organization_version (name_key text_pattern_ops);
