#!/usr/bin/env bash
# Times the work-list queries on a 200,000-member province (issue #4, part 3); see docs/performance.md.
# Needs a schema that Flyway has migrated (any PostgreSQL test run leaves tochuc_it_<directory>), given as
# TOCHUC_BENCH_SCHEMA; the province is added to it once (ids from 900000), then each query is timed three times.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
schema="${TOCHUC_BENCH_SCHEMA:?set TOCHUC_BENCH_SCHEMA to a migrated schema}"
psql_() { PGOPTIONS="-c search_path=${schema}" psql -q -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d "${PGDATABASE:-test}" "$@"; }
if [ "$(psql_ -tAc "SELECT COUNT(*) FROM party_organization WHERE id = 900000")" = "0" ]; then
    psql_ -v ON_ERROR_STOP=1 -f "$here/sql/worklists-seed.sql"
fi
# the province-wide clerk (/900000/), then a commune's clerk (/900000/900001/, 2,000 members)
for prefix in "/900000/" "/900000/900001/"; do
    echo "scope ${prefix} (ms per query, in the order of worklists-queries.sql)"
    for run in 1 2 3; do
        sed "s|'/900000/%'|'${prefix}%'|g" "$here/sql/worklists-queries.sql" | psql_ -f - 2>&1 | grep '^Time' \
            | sed 's/Time: //; s/ ms.*//' | tr '\n' ' '
        echo
    done
done
