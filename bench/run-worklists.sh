#!/usr/bin/env bash
# Work lists on a province of 200,000 members (issue #4, part 3): the whole /members/work overview and a year's
# admission progress through the facades (WorkLists, AdmissionTargets), as a province-wide clerk and as a commune's
# clerk, beside the SQL those pages send run raw in the same run (bench/sql/worklists-queries.sql). The synthetic
# province (bench/sql/worklists-seed.sql) is added once to its own database, created and migrated when missing.
#
#   bench/run-worklists.sh
#
# Environment: TOCHUC_BENCH_DB_URL (default jdbc:postgresql://127.0.0.1:5432/tochuc_bench_worklists),
# TOCHUC_BENCH_DB_USER (postgres), TOCHUC_BENCH_DB_PASSWORD, TOCHUC_BENCH_RUNS (20), TOCHUC_BENCH_WARMUP (3).
# The queries alone can still be timed with psql in that database: psql -d tochuc_bench_worklists -f
# bench/sql/worklists-queries.sql. Output is also kept in bench/out/.
exec "$(dirname "$0")/run-java.sh" vn.tochuc.bench.WorkListBench 2g worklists
