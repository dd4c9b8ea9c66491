#!/usr/bin/env bash
# Member registry benchmark (issue #4): loads the national tree and 5.7 million members into PostgreSQL once
# (raw COPY; reused on later runs), then times the bulk load with full validation, the CSV import (validation
# pass, import pass rolled back), name search, a member's page and a province's membership on a past day, each
# beside a raw-SQL baseline. Not part of ./mvnw verify.
#
#   bench/run-members.sh          # creates the database tochuc_bench_members when it is missing
#
# Environment: TOCHUC_BENCH_DB_URL (default jdbc:postgresql://127.0.0.1:5432/tochuc_bench_members),
# TOCHUC_BENCH_DB_USER (postgres), TOCHUC_BENCH_DB_PASSWORD, TOCHUC_BENCH_MEMBERS (5700000, loaded once),
# TOCHUC_BENCH_LOAD (200000), TOCHUC_BENCH_IMPORT (200000, CSV rows), TOCHUC_BENCH_RUNS (200),
# TOCHUC_BENCH_WARMUP (30), TOCHUC_BENCH_SEED (42), TOCHUC_BENCH_ONLY (empty: all; load, import, search, page
# or asof: that measurement only).
# Output is also kept in bench/out/.
exec "$(dirname "$0")/run-java.sh" vn.tochuc.bench.MemberBench 6g members
