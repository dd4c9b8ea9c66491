-- Work lists on a province of 200,000 members (issue #4, part 3): a synthetic province with 100 communes and
-- 2,000 cells, 100 members a cell: 5 % probationary, 1 in 50 exempt, 1 in 501 transferred out in 2026, 1 in 997
-- without a birth date, 1 in 5 without a citizen ID, 1 in 1,000 with an ID disagreeing with the sex, 1 in 1,000
-- with an official date three days off, about 1,000 pairs sharing name and birth date.
-- Run in a migrated schema (e.g. the one a PostgreSQL test run leaves: SET search_path first), then
-- worklists-queries.sql. See docs/performance.md.
-- a province (id 900000), 100 communes, 20 cells each (2,000 cells), 200,000 members (100 per cell)
INSERT INTO party_organization (id, code, founded_on) VALUES (900000, 'PERF-P', DATE '2020-01-01');
INSERT INTO organization_version (organization_id, name, name_key, type, parent_id, path, depth, valid_from)
VALUES (900000, 'Tỉnh thử tải', 'tinh thu tai', 'PROVINCIAL', NULL, '/900000/', 0, DATE '2020-01-01');
INSERT INTO party_organization (id, code, founded_on) SELECT 900000 + c, 'PERF-C' || c, DATE '2020-01-01' FROM generate_series(1, 100) c;
INSERT INTO organization_version (organization_id, name, name_key, type, parent_id, path, depth, valid_from)
SELECT 900000 + c, 'Xã ' || c, 'xa ' || c, 'COMMUNE', 900000, '/900000/' || (900000 + c) || '/', 1, DATE '2020-01-01' FROM generate_series(1, 100) c;
INSERT INTO party_organization (id, code, founded_on) SELECT 910000 + k, 'PERF-K' || k, DATE '2020-01-01' FROM generate_series(1, 2000) k;
INSERT INTO organization_version (organization_id, name, name_key, type, parent_id, path, depth, valid_from)
SELECT 910000 + k, 'Chi bộ ' || k, 'chi bo ' || k, 'GRASSROOTS_CELL', 900000 + ((k - 1) / 20) + 1,
       '/900000/' || (900000 + ((k - 1) / 20) + 1) || '/' || (910000 + k) || '/', 2, DATE '2020-01-01' FROM generate_series(1, 2000) k;
INSERT INTO member (full_name, name_key, sex, birth_date, citizen_id, status, organization_id, exempt, decision_on, ceremony_on, official_on)
SELECT 'Người ' || i, 'nguoi ' || (i % 199000), CASE WHEN i % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END,
       CASE WHEN i % 997 = 0 THEN NULL ELSE make_date(1950 + (i % 199000 % 20000) / 366, 1, 1) + (i % 199000 % 300) END,
       CASE WHEN i % 5 = 0 THEN NULL
            ELSE '001' || (CASE WHEN i % 2 = 0 THEN 0 ELSE 1 END + CASE WHEN i % 1000 = 3 THEN 1 ELSE 0 END)::text
                 || lpad(((1950 + (i % 199000 % 20000) / 366) % 100)::text, 2, '0') || lpad(i::text, 6, '0') END,
       CASE WHEN i % 20 = 0 THEN 'PROBATIONARY' WHEN i % 501 = 0 THEN 'TRANSFERRED_OUT' ELSE 'OFFICIAL' END,
       910000 + (i % 2000) + 1, i % 50 = 1,
       DATE '1990-01-01' + (i % 12000), DATE '1990-01-01' + (i % 12000) + 14 + (i % 60),
       CASE WHEN i % 20 = 0 THEN NULL
            ELSE (DATE '1990-01-01' + (i % 12000) + 14 + (i % 60) + INTERVAL '12 months')::date + CASE WHEN i % 1000 = 7 THEN 3 ELSE 0 END END
FROM generate_series(1, 200000) i;
INSERT INTO member_event (member_id, seq, kind, effective_on, organization_id, decision_on, status_after, organization_after, recorded_by, recorded_at)
SELECT id, 1, 'ADMISSION', ceremony_on, organization_id, decision_on, 'PROBATIONARY', organization_id, 'perf', now() FROM member WHERE organization_id > 910000;
INSERT INTO member_event (member_id, seq, kind, effective_on, status_after, organization_after, recorded_by, recorded_at)
SELECT id, 2, 'TRANSFER_OUT', DATE '2026-01-05' + (id % 200)::int, 'TRANSFERRED_OUT', organization_id, 'perf', now() FROM member WHERE status = 'TRANSFERRED_OUT' AND organization_id > 910000;
VACUUM ANALYZE;
