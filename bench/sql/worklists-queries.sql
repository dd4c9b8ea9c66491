-- The queries WorkListStore and TargetStore issue for a province-wide clerk (path prefix /900000/), with the
-- dates of 25/11/2026, timed by psql. Keep in step with the SQL in membership/internal.
\timing on
\o /dev/null
-- conversions
SELECT m.id, m.full_name, d.name FROM member m JOIN organization_directory d ON d.id = m.organization_id WHERE d.path LIKE '/900000/%' AND m.status = 'PROBATIONARY' AND m.ceremony_on <= DATE '2025-12-26' ORDER BY m.ceremony_on;
-- ceremonies after
SELECT m.id FROM member m JOIN organization_directory d ON d.id = m.organization_id WHERE d.path LIKE '/900000/%' AND m.decision_on IS NOT NULL AND m.ceremony_on >= CURRENT_DATE - 365 AND m.ceremony_on > m.decision_on + CAST(40 AS INT);
-- transfers
SELECT m.id, e.effective_on FROM member m JOIN organization_directory d ON d.id = m.organization_id JOIN member_event e ON e.member_id = m.id AND e.seq = (SELECT MAX(x.seq) FROM member_event x WHERE x.member_id = m.id) WHERE d.path LIKE '/900000/%' AND m.status = 'TRANSFERRED_OUT' AND e.kind = 'TRANSFER_OUT' AND e.effective_on BETWEEN DATE '2025-11-25' AND DATE '2026-10-16' ORDER BY e.effective_on;
-- exempt count + list
SELECT COUNT(*) FROM member m JOIN organization_directory d ON d.id = m.organization_id WHERE d.path LIKE '/900000/%' AND m.exempt = TRUE AND m.status IN ('PROBATIONARY', 'OFFICIAL');
SELECT m.id, (SELECT MAX(x.effective_on) FROM member_event x WHERE x.member_id = m.id AND x.kind = 'EXEMPTION') AS event_on FROM member m JOIN organization_directory d ON d.id = m.organization_id WHERE d.path LIKE '/900000/%' AND m.exempt = TRUE AND m.status IN ('PROBATIONARY', 'OFFICIAL') ORDER BY event_on, m.name_key FETCH FIRST 200 ROWS ONLY;
-- birth missing count + list
SELECT COUNT(*) FROM member m JOIN organization_directory d ON d.id = m.organization_id WHERE d.path LIKE '/900000/%' AND m.birth_date IS NULL AND m.status IN ('PROBATIONARY', 'OFFICIAL');
SELECT m.id FROM member m JOIN organization_directory d ON d.id = m.organization_id WHERE d.path LIKE '/900000/%' AND m.birth_date IS NULL AND m.status IN ('PROBATIONARY', 'OFFICIAL') ORDER BY m.name_key FETCH FIRST 200 ROWS ONLY;
-- citizen missing count + list
SELECT COUNT(*) FROM member m JOIN organization_directory d ON d.id = m.organization_id WHERE d.path LIKE '/900000/%' AND m.citizen_id IS NULL AND m.status IN ('PROBATIONARY', 'OFFICIAL');
SELECT m.id FROM member m JOIN organization_directory d ON d.id = m.organization_id WHERE d.path LIKE '/900000/%' AND m.citizen_id IS NULL AND m.status IN ('PROBATIONARY', 'OFFICIAL') ORDER BY m.name_key FETCH FIRST 200 ROWS ONLY;
-- citizen mismatch
SELECT m.id, m.citizen_id FROM member m JOIN organization_directory d ON d.id = m.organization_id WHERE d.path LIKE '/900000/%' AND m.citizen_id IS NOT NULL AND m.birth_date IS NOT NULL AND m.status IN ('PROBATIONARY', 'OFFICIAL') AND (SUBSTRING(m.citizen_id FROM 1 FOR 3) NOT IN ('000','001','002','004','079') OR MOD(CAST(SUBSTRING(m.citizen_id FROM 4 FOR 1) AS INT), 2) <> CASE WHEN m.sex = 'FEMALE' THEN 1 ELSE 0 END OR 1900 + CAST(SUBSTRING(m.citizen_id FROM 4 FOR 1) AS INT) / 2 * 100 + CAST(SUBSTRING(m.citizen_id FROM 5 FOR 2) AS INT) <> EXTRACT(YEAR FROM m.birth_date)) ORDER BY m.name_key;
-- official mismatch
SELECT m.id FROM member m JOIN organization_directory d ON d.id = m.organization_id WHERE d.path LIKE '/900000/%' AND m.official_on IS NOT NULL AND m.ceremony_on IS NOT NULL AND m.status IN ('PROBATIONARY', 'OFFICIAL') AND (EXTRACT(DAY FROM m.official_on) <> EXTRACT(DAY FROM m.ceremony_on) OR (EXTRACT(YEAR FROM m.official_on) - EXTRACT(YEAR FROM m.ceremony_on)) * 12 + EXTRACT(MONTH FROM m.official_on) - EXTRACT(MONTH FROM m.ceremony_on) <> 12) ORDER BY m.name_key;
-- probable duplicates: an index probe on (name_key, birth_date) for each record of the subtree
SELECT m.id, m.name_key, m.birth_date FROM member m JOIN organization_directory d ON d.id = m.organization_id WHERE d.path LIKE '/900000/%' AND m.birth_date IS NOT NULL AND EXISTS (SELECT 1 FROM member o WHERE o.name_key = m.name_key AND o.birth_date = m.birth_date AND o.id <> m.id) ORDER BY m.name_key, m.birth_date, m.id;
-- admissions through a year
SELECT h.path, COUNT(*) FROM member_event e JOIN organization_path_history h ON h.id = e.organization_id AND h.valid_from <= e.effective_on AND (h.valid_to IS NULL OR h.valid_to > e.effective_on) WHERE e.kind = 'ADMISSION' AND e.effective_on >= DATE '2020-01-01' AND e.effective_on < DATE '2021-01-01' AND h.path LIKE '%/900000/%' GROUP BY h.path;
-- admitted past 60 (from 732 months on the decision's day): count + first 200
SELECT COUNT(*) FROM member m JOIN organization_directory d ON d.id = m.organization_id WHERE d.path LIKE '/900000/%' AND m.birth_date IS NOT NULL AND m.decision_on IS NOT NULL AND m.status IN ('PROBATIONARY', 'OFFICIAL') AND ((EXTRACT(YEAR FROM m.decision_on) - EXTRACT(YEAR FROM m.birth_date)) * 12 + EXTRACT(MONTH FROM m.decision_on) - EXTRACT(MONTH FROM m.birth_date)) >= 732;
SELECT m.id FROM member m JOIN organization_directory d ON d.id = m.organization_id WHERE d.path LIKE '/900000/%' AND m.birth_date IS NOT NULL AND m.decision_on IS NOT NULL AND m.status IN ('PROBATIONARY', 'OFFICIAL') AND ((EXTRACT(YEAR FROM m.decision_on) - EXTRACT(YEAR FROM m.birth_date)) * 12 + EXTRACT(MONTH FROM m.decision_on) - EXTRACT(MONTH FROM m.birth_date)) >= 732 ORDER BY m.decision_on DESC, m.name_key FETCH FIRST 200 ROWS ONLY;
