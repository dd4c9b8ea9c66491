-- Append-only, hash-chained audit trail. Each record carries the hash of the previous one; the head
-- row serialises appends.
CREATE TABLE audit_record (
    seq               BIGINT        PRIMARY KEY,
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    actor             VARCHAR(100)  NOT NULL,
    action            VARCHAR(60)   NOT NULL,
    entity_type       VARCHAR(40)   NOT NULL,
    entity_id         VARCHAR(60)   NOT NULL,
    organization_id   BIGINT        NOT NULL,
    organization_path VARCHAR(600)  NOT NULL,
    summary           VARCHAR(2000) NOT NULL,
    prev_hash         CHAR(64)      NOT NULL,
    hash              CHAR(64)      NOT NULL
);
CREATE INDEX ix_audit_record_time ON audit_record (occurred_at);
CREATE INDEX ix_audit_record_org ON audit_record (organization_path);

CREATE TABLE audit_chain_head (
    id        INT      PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
