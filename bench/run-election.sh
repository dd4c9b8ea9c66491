#!/usr/bin/env bash
# Election benchmark (issue #3): tally of 1,600 ballots × 200 names, three operators entering ballots over
# HTTP at once, and the counting minutes of a published 200-name election, each next to a raw-SQL
# baseline from the same run. Not part of ./mvnw verify.
#
#   createdb -h 127.0.0.1 -U postgres tochuc_bench     # once; the tree benchmark's database will do
#   bench/run-election.sh
#
# The application boots against the database (Flyway migrates it) with its embedded server on a random
# port of 127.0.0.1, and makes what it needs through its own services: an organisation with the code
# BENCH-ELECTION, five accounts (bench.staff, bench.head, bench.op1–3), one congress per election. The
# published 200-name election for the minutes is made on the first run (3,200 entries) and reused.
# Tables bench_ballot and bench_entry hold the raw-SQL baselines' rows.
#
# Environment: TOCHUC_BENCH_DB_URL (default jdbc:postgresql://127.0.0.1:5432/tochuc_bench),
# TOCHUC_BENCH_DB_USER (postgres), TOCHUC_BENCH_DB_PASSWORD, TOCHUC_BENCH_SEED (42), TOCHUC_BENCH_RUNS (100)
# and TOCHUC_BENCH_WARMUP (20) for the tally, TOCHUC_BENCH_ENTRY_RUNS (500) and TOCHUC_BENCH_ENTRY_WARMUP
# (100) per operator, TOCHUC_BENCH_MINUTES_RUNS (20), TOCHUC_BENCH_ONLY (a comma-separated choice of
# tally,entry,minutes; default all). Output is also kept in bench/out/.
exec "$(dirname "$0")/run-java.sh" vn.tochuc.bench.ElectionBench 2g election
