#!/usr/bin/env bash
# The benchmark suite (see BENCHMARKS.md). Builds the release binary, seeds
# data through the product's own import, and measures on SQLite and on
# PostgreSQL: reading a published page (against nginx serving the same
# bytes), the open page, signing (against the database's own ceiling, and
# on a statement of 50,000 signatures), a 100,000-row
# export, and memory.
#
#   bash bench/run.sh            # full run (a few minutes)
#   bash bench/run.sh --smoke    # tiny sizes, a few seconds per step
#
# Environment: BIN (binary to test; default: build target/release),
# BENCH_DATABASE_URL (PostgreSQL server where databases may be created;
# default postgres://postgres@127.0.0.1:5432/test; "none" skips PostgreSQL),
# CEILING=0 skips the database ceiling (it needs `cargo bench`).
set -euo pipefail
cd "$(dirname "$0")/.."

SMOKE=0
[ "${1:-}" = "--smoke" ] && SMOKE=1
if [ $SMOKE = 1 ]; then
  READ_SIGNERS=50; EXPORT_ROWS=500; DURATION=2s; CONNS=8; CEILING_ROWS=100; FULL_ROWS=500
else
  READ_SIGNERS=5000; EXPORT_ROWS=100000; DURATION=20s; CONNS=64; CEILING_ROWS=20000; FULL_ROWS=50000
fi
PG_ADMIN_URL=${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}
CEILING=${CEILING:-1}
PASSWORD="benchmark passphrase for undersigned"
source bench/lib.sh
need wrk nginx curl python3
find_binary
OUT=$(mktemp -d)
SERVER_PID=""; NGINX_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  rm -rf "$OUT"
}
trap cleanup EXIT

run_backend() { # name db_url
  local name=$1 url=$2
  local dir="$OUT/$name"
  mkdir -p "$dir"
  echo "== $name"
  start_server "$dir" "$url"
  sleep 1
  local idle; idle=$(rss_kib "$SERVER_PID")
  UNDERSIGNED_PASSWORD="$PASSWORD" "$BIN" admin create --email bench@example.org --name Bench \
    --data-dir "$dir" ${url:+--database-url "$url"} >/dev/null 2>&1
  local jar="$dir/jar"
  local t; t=$(curl -s -c "$jar" "$BASE/admin/login" | token_of)
  curl -s -o /dev/null -b "$jar" -c "$jar" "$BASE/admin/login" --data-urlencode "csrf_token=$t" \
    -d email=bench@example.org --data-urlencode "password=$PASSWORD"

  # 1. Reading a published statement with READ_SIGNERS signatories.
  make_statement "$jar" read
  seed_csv "$READ_SIGNERS" "$dir/read.csv"
  "$BIN" import --statement read "$dir/read.csv" --data-dir "$dir" ${url:+--database-url "$url"} >/dev/null
  admin_post "$jar" /admin/statements/read/close >/dev/null
  admin_post "$jar" /admin/statements/read/publish >/dev/null
  curl -s "$BASE/s/read" -o "$dir/page.html"
  local bytes; bytes=$(stat -c %s "$dir/page.html")
  wrk -t2 -c"$CONNS" -d"$DURATION" --latency "$BASE/s/read" >"$dir/read.txt"
  wrk -t2 -c"$CONNS" -d"$DURATION" --latency -H "Accept-Encoding: gzip" "$BASE/s/read" >"$dir/read-gzip.txt"
  local gz_bytes; gz_bytes=$(curl -s -H "Accept-Encoding: gzip" "$BASE/s/read" | wc -c)
  wrk -t2 -c"$CONNS" -d"$DURATION" --latency -H "Accept-Encoding: gzip, deflate, br" "$BASE/s/read" >"$dir/read-br.txt"
  local br_bytes; br_bytes=$(curl -s -H "Accept-Encoding: br" "$BASE/s/read" | wc -c)
  local read_rss; read_rss=$(hwm_kib "$SERVER_PID")
  mkdir -p "$dir/nginx"
  local nport; nport=$(free_port)
  cat >"$dir/nginx/nginx.conf" <<NGINX
worker_processes 2;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $dir/nginx; proxy_temp_path $dir/nginx; fastcgi_temp_path $dir/nginx; uwsgi_temp_path $dir/nginx; scgi_temp_path $dir/nginx;
  server {
    listen 127.0.0.1:$nport;
    location = /s/read { default_type "text/html; charset=utf-8"; alias $dir/page.html; }
  }
}
NGINX
  nginx -c "$dir/nginx/nginx.conf" -g 'daemon off;' &
  NGINX_PID=$!
  for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$nport/s/read" >/dev/null && break; sleep 0.1; done
  wrk -t2 -c"$CONNS" -d"$DURATION" --latency "http://127.0.0.1:$nport/s/read" >"$dir/nginx.txt"
  kill "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=""

  # 1b. The open statement, where the crowd is while it signs: the same
  # signatories, with the running list public and with the count only;
  # then readers and signers at once.
  make_statement "$jar" open -d public_list=on
  "$BIN" import --statement open "$dir/read.csv" --data-dir "$dir" ${url:+--database-url "$url"} >/dev/null
  make_statement "$jar" count
  "$BIN" import --statement count "$dir/read.csv" --data-dir "$dir" ${url:+--database-url "$url"} >/dev/null
  curl -s "$BASE/s/open" -o "$dir/open.html"
  local open_bytes; open_bytes=$(stat -c %s "$dir/open.html")
  wrk -t2 -c"$CONNS" -d"$DURATION" --latency "$BASE/s/open" >"$dir/open.txt"
  wrk -t2 -c"$CONNS" -d"$DURATION" --latency -H "Accept-Encoding: gzip" "$BASE/s/open" >"$dir/open-gzip.txt"
  wrk -t2 -c"$CONNS" -d"$DURATION" --latency -H "Accept-Encoding: gzip, deflate, br" "$BASE/s/open" >"$dir/open-br.txt"
  local open_br_bytes; open_br_bytes=$(curl -s -H "Accept-Encoding: br" "$BASE/s/open" | wc -c)
  wrk -t2 -c"$CONNS" -d"$DURATION" --latency "$BASE/s/count" >"$dir/count.txt"
  local mixed_signers=$(( CONNS / 4 ))
  wrk -t2 -c"$CONNS" -d"$DURATION" --latency "$BASE/s/open" >"$dir/mixed-read.txt" &
  local reader=$!
  env $(sign_env open) wrk -t2 -c"$mixed_signers" -d"$DURATION" --latency -s bench/sign.lua "$BASE/s/open/sign" >"$dir/mixed-sign.txt"
  wait "$reader"

  # 1c. The same organisation sent again and again (other addresses).
  make_statement "$jar" same
  env SAME=1 $(sign_env same) wrk -t2 -c"$CONNS" -d"$DURATION" --latency -s bench/sign.lua "$BASE/s/same/sign" >"$dir/same.txt"

  # 1d. Signing on a statement that already has FULL_ROWS signatures.
  make_statement "$jar" full
  seed_csv "$FULL_ROWS" "$dir/full.csv"
  "$BIN" import --statement full "$dir/full.csv" --data-dir "$dir" ${url:+--database-url "$url"} >/dev/null
  env $(sign_env full) wrk -t2 -c"$CONNS" -d"$DURATION" --latency -s bench/sign.lua "$BASE/s/full/sign" >"$dir/full.txt"

  # 2. Signing: distinct organisations, then a killed process.
  make_statement "$jar" sign
  local sjar="$dir/signer"
  local token; token=$(curl -s -c "$sjar" "$BASE/s/sign" | token_of)
  local cookie; cookie=$(awk '$6 == "us_csrf" { print "us_csrf=" $7 }' "$sjar")
  TOKEN="$token" COOKIE="$cookie" wrk -t2 -c"$CONNS" -d"$DURATION" --latency -s bench/sign.lua "$BASE/s/sign/sign" >"$dir/sign.txt"
  local sign_rss; sign_rss=$(hwm_kib "$SERVER_PID")
  kill -9 "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
  local stored
  if [ -z "$url" ]; then
    stored=$(python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute("select count(*) from signatures s join statements t on t.id = s.statement_id where t.slug = ?", ("sign",)).fetchone()[0])' "$dir/undersigned.sqlite3")
  else
    stored=$(psql "$url" -qAtc "select count(*) from signatures s join statements t on t.id = s.statement_id where t.slug = 'sign'")
  fi

  # 3. Export of EXPORT_ROWS signatures, on a fresh process.
  start_server "$dir" "$url"
  t=$(curl -s -c "$jar" "$BASE/admin/login" | token_of)
  curl -s -o /dev/null -b "$jar" -c "$jar" "$BASE/admin/login" --data-urlencode "csrf_token=$t" \
    -d email=bench@example.org --data-urlencode "password=$PASSWORD"
  make_statement "$jar" export
  seed_csv "$EXPORT_ROWS" "$dir/export.csv"
  "$BIN" import --statement export "$dir/export.csv" --data-dir "$dir" ${url:+--database-url "$url"} >/dev/null
  local before_export; before_export=$(hwm_kib "$SERVER_PID")
  local export_s; export_s=$(curl -s -b "$jar" -o "$dir/out.csv" -w '%{time_total}' "$BASE/admin/statements/export/export.csv")
  local export_rss; export_rss=$(hwm_kib "$SERVER_PID")
  local export_lines; export_lines=$(($(wc -l <"$dir/out.csv") - 1))
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""

  # 4. The database's own ceiling for the signing writes.
  local ceiling="skipped"
  if [ "$CEILING" = 1 ]; then
    local target=${url:-$dir/ceiling.sqlite3}
    ceiling=$(cargo bench --quiet --bench signing_ceiling -- "$target" "$CEILING_ROWS" 2>/dev/null | awk '/ceiling:/ { print $(NF-1) }')
  fi

  read -r r_rps r_p50 r_p99 _ _ < <(wrk_stats "$dir/read.txt")
  read -r n_rps n_p50 n_p99 _ _ < <(wrk_stats "$dir/nginx.txt")
  read -r g_rps g_p50 g_p99 _ _ < <(wrk_stats "$dir/read-gzip.txt")
  read -r b_rps b_p50 b_p99 _ _ < <(wrk_stats "$dir/read-br.txt")
  read -r s_rps s_p50 s_p99 s_total s_bad < <(wrk_stats "$dir/sign.txt")
  read -r o_rps o_p50 o_p99 _ _ < <(wrk_stats "$dir/open.txt")
  read -r og_rps og_p50 og_p99 _ _ < <(wrk_stats "$dir/open-gzip.txt")
  read -r ob_rps ob_p50 ob_p99 _ _ < <(wrk_stats "$dir/open-br.txt")
  read -r c_rps c_p50 c_p99 _ _ < <(wrk_stats "$dir/count.txt")
  read -r mr_rps mr_p50 mr_p99 _ _ < <(wrk_stats "$dir/mixed-read.txt")
  read -r ms_rps ms_p50 ms_p99 _ _ < <(wrk_stats "$dir/mixed-sign.txt")
  read -r d_rps d_p50 d_p99 _ _ < <(wrk_stats "$dir/same.txt")
  read -r f_rps f_p50 f_p99 _ _ < <(wrk_stats "$dir/full.txt")
  local fratio; fratio=$(awk -v a="$f_rps" -v b="$s_rps" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  local oratio; oratio=$(awk -v a="$o_rps" -v b="$r_rps" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  local ratio; ratio=$(awk -v a="$r_rps" -v b="$n_rps" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  local sratio="n/a"
  [ "$ceiling" != "skipped" ] && [ -n "$ceiling" ] && sratio=$(awk -v a="$s_rps" -v b="$ceiling" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  cat <<REPORT | tee -a "$OUT/report.md"

### $name

| measure | value |
| --- | --- |
| read: GET /s/read ($READ_SIGNERS signatories, $bytes bytes), $CONNS connections | $r_rps req/s, p50 $r_p50 ms, p99 $r_p99 ms |
| read: nginx, same bytes | $n_rps req/s, p50 $n_p50 ms, p99 $n_p99 ms |
| read: ratio to nginx | $ratio |
| read: same page gzipped ($gz_bytes bytes) | $g_rps req/s, p50 $g_p50 ms, p99 $g_p99 ms |
| read: same page in brotli ($br_bytes bytes), as browsers ask for it | $b_rps req/s, p50 $b_p50 ms, p99 $b_p99 ms |
| read: GET /s/open, open, running list of $READ_SIGNERS ($open_bytes bytes) | $o_rps req/s, p50 $o_p50 ms, p99 $o_p99 ms (ratio to the published page $oratio) |
| read: the open page gzipped | $og_rps req/s, p50 $og_p50 ms, p99 $og_p99 ms |
| read: the open page in brotli ($open_br_bytes bytes), as browsers ask for it | $ob_rps req/s, p50 $ob_p50 ms, p99 $ob_p99 ms |
| read: GET /s/count, open, count only | $c_rps req/s, p50 $c_p50 ms, p99 $c_p99 ms |
| mixed: $CONNS readers of /s/open and $mixed_signers signers at once | read $mr_rps req/s (p99 $mr_p99 ms); sign $ms_rps signatures/s (p99 $ms_p99 ms) |
| sign: the same organisation from $CONNS clients | $d_rps signatures/s, p50 $d_p50 ms, p99 $d_p99 ms |
| sign: POST /s/sign/sign, $CONNS clients | $s_rps signatures/s, p50 $s_p50 ms, p99 $s_p99 ms |
| sign: the same on a statement with $FULL_ROWS signatures | $f_rps signatures/s, p50 $f_p50 ms, p99 $f_p99 ms (ratio to an empty statement $fratio) |
| sign: answered / stored after kill -9 | $((s_total - s_bad)) answered 303 / $stored stored ($s_bad errors) |
| sign: database ceiling (same rows, no HTTP, one connection) | $ceiling signatures/s (ratio $sratio) |
| export: coordinator CSV of $export_lines rows | ${export_s} s |
| memory: idle RSS | $(mib "$idle") MiB |
| memory: peak RSS under reading / signing | $(mib "$read_rss") / $(mib "$sign_rss") MiB |
| memory: peak RSS before / after the export (fresh process) | $(mib "$before_export") / $(mib "$export_rss") MiB |
REPORT
  if [ $((s_total - s_bad)) -gt "$stored" ]; then
    echo "bench: FAILED: $((s_total - s_bad)) signatures were acknowledged but only $stored are stored"
    exit 1
  fi
  if [ "$export_lines" -ne "$EXPORT_ROWS" ]; then
    echo "bench: FAILED: the export has $export_lines rows, not $EXPORT_ROWS"
    exit 1
  fi
}

echo "# undersigned benchmark ($( [ $SMOKE = 1 ] && echo smoke || echo full )), $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores" | tee "$OUT/report.md"
run_backend sqlite ""
if [ "$PG_ADMIN_URL" != "none" ] && psql "$PG_ADMIN_URL" -qAtc 'select 1' >/dev/null 2>&1; then
  DB="undersigned_bench_$$"
  psql "$PG_ADMIN_URL" -qc "CREATE DATABASE $DB" >/dev/null
  PG_URL="${PG_ADMIN_URL%/*}/$DB"
  run_backend postgres "$PG_URL" || { psql "$PG_ADMIN_URL" -qc "DROP DATABASE $DB WITH (FORCE)" >/dev/null; exit 1; }
  psql "$PG_ADMIN_URL" -qc "DROP DATABASE $DB WITH (FORCE)" >/dev/null
else
  echo "bench: PostgreSQL skipped (no server at BENCH_DATABASE_URL)"
fi
echo "bench: ok"
