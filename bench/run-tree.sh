#!/usr/bin/env bash
# Tree benchmark (issue #2): loads a national-size tree into PostgreSQL once, then times the tree reads
# through the application's facade next to raw SQL. Not part of ./mvnw verify.
#
#   createdb -h 127.0.0.1 -U postgres tochuc_bench     # once; any empty database will do
#   bench/run-tree.sh
#
# Environment: TOCHUC_BENCH_DB_URL (default jdbc:postgresql://127.0.0.1:5432/tochuc_bench),
# TOCHUC_BENCH_DB_USER (postgres), TOCHUC_BENCH_DB_PASSWORD, TOCHUC_BENCH_RUNS (200),
# TOCHUC_BENCH_WARMUP (50), TOCHUC_BENCH_SEED (42). Output is also kept in bench/out/.
exec "$(dirname "$0")/run-java.sh" vn.tochuc.bench.TreeBench 3g tree
