-- What inserting members and their events costs, part by part, on the national bench database
-- (tochuc_bench_members, loaded by bench/run-members.sh); docs/performance.md, issue #4 (a).
-- Each block inserts copies of existing rows and rolls back; run with
--   psql -h 127.0.0.1 -U postgres -d tochuc_bench_members -f bench/sql/member-insert-costs.sql
-- A part's cost is the difference between two timings. 316296 is the largest province of seed 42.
\timing on
\set members 'INSERT INTO member (full_name, name_key, sex, birth_date, birth_year_only, birth_place, home_town, ethnicity, religion, citizen_id, general_education, qualification, academic_title, academic_degree, political_theory, occupation, card_number, dossier_number, status, organization_id, host_organization_id, exempt, decision_on, ceremony_on, official_on, left_on, readmissions, version, scope_id) SELECT full_name, name_key, sex, birth_date, birth_year_only, birth_place, home_town, ethnicity, religion, ''9''||substr(citizen_id, 2), general_education, qualification, academic_title, academic_degree, political_theory, occupation, ''X''||card_number, dossier_number, status, organization_id, host_organization_id, exempt, decision_on, ceremony_on, official_on, left_on, readmissions, version, scope_id FROM member WHERE scope_id = 316296 LIMIT 40000'
\set events 'INSERT INTO member_event (member_id, seq, kind, effective_on, organization_id, decision_on, votes_for, votes_total, discipline, decision_ref, details, status_after, organization_after, recorded_by, recorded_at) SELECT member_id, seq + 100, kind, effective_on, organization_id, decision_on, votes_for, votes_total, discipline, decision_ref, details, status_after, organization_after, recorded_by, recorded_at FROM member_event WHERE member_id > 5000000 LIMIT 80000'

\echo 'members, as the register is (the scope key given, so the insert trigger does not fire)'
BEGIN; :members; ROLLBACK;
\echo 'members, without the two GIN name indexes'
BEGIN; DROP INDEX ix_member_name_pairs, ix_member_name_words; :members; ROLLBACK;
\echo 'members, without their foreign keys'
BEGIN; ALTER TABLE member DROP CONSTRAINT member_host_organization_id_fkey, DROP CONSTRAINT member_organization_id_fkey; :members; ROLLBACK;
\echo 'members, primary key and unique citizen ID only'
BEGIN; ALTER TABLE member DROP CONSTRAINT member_host_organization_id_fkey, DROP CONSTRAINT member_organization_id_fkey;
DROP INDEX ix_member_name_pairs, ix_member_name_words, ix_member_card_number, ix_member_dossier_number, ix_member_exempt,
    ix_member_name_birth, ix_member_organization, ix_member_scope, ix_member_status_ceremony; :members; ROLLBACK;

\echo 'events, as the register is'
BEGIN; :events; ROLLBACK;
\echo 'events, without their foreign keys'
BEGIN; ALTER TABLE member_event DROP CONSTRAINT member_event_member_id_fkey, DROP CONSTRAINT member_event_organization_after_fkey, DROP CONSTRAINT member_event_organization_id_fkey; :events; ROLLBACK;
\echo 'events, without foreign keys and secondary indexes'
BEGIN; ALTER TABLE member_event DROP CONSTRAINT member_event_member_id_fkey, DROP CONSTRAINT member_event_organization_after_fkey, DROP CONSTRAINT member_event_organization_id_fkey;
DROP INDEX ix_member_event_as_of, ix_member_event_kind_on; :events; ROLLBACK;

\echo 'COPY into tables with their primary keys only: 200,000 members and 400,000 events'
COPY (SELECT * FROM member WHERE scope_id = 316296 LIMIT 200000) TO '/tmp/tochuc-m200k.copy';
COPY (SELECT e.* FROM member_event e JOIN member m ON m.id = e.member_id WHERE m.scope_id = 316296 LIMIT 400000) TO '/tmp/tochuc-e400k.copy';
BEGIN;
CREATE TEMP TABLE m2 (LIKE member INCLUDING DEFAULTS);
ALTER TABLE m2 ADD PRIMARY KEY (id);
CREATE TEMP TABLE e2 (LIKE member_event INCLUDING DEFAULTS);
ALTER TABLE e2 ADD PRIMARY KEY (id);
COPY m2 FROM '/tmp/tochuc-m200k.copy';
COPY e2 FROM '/tmp/tochuc-e400k.copy';
ROLLBACK;

\echo 'clearing the dead rows the rolled-back inserts left (they would slow the searches of that province)'
VACUUM (ANALYZE) member, member_event;
