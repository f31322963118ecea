#!/usr/bin/env bash
# Fault injection (see BENCHMARKS.md, "Faults"): what survives a killed
# process, a stopped one, a restarted PostgreSQL, a mail server that is
# down and a process killed while it sends, and a crowd of slow bodies.
# For each, the counts that matter: signatures acknowledged against stored
# (none lost, none twice), emails queued against received (none lost,
# repeats only for messages in flight, told apart by their Message-ID),
# 5xx answers, and whether the server still answers.
#
#   bash bench/faults.sh            # both backends, about 5 minutes
#
# Environment: BIN (binary; default: build target/release),
# BENCH_DATABASE_URL (as for bench/run.sh; "none" skips PostgreSQL),
# PG_RESTART (command restarting PostgreSQL; default pg_ctlcluster; empty
# skips that scenario).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DURATION=${DURATION:-8s}
PG_ADMIN_URL=${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}
PG_RESTART=${PG_RESTART-"pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql 2>/dev/null | head -n1) main restart"}
PASSWORD="benchmark passphrase for undersigned"
need wrk curl python3
find_binary
OUT=$(mktemp -d)
SERVER_PID=""; SINK_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill -9 "$SERVER_PID" 2>/dev/null || true
  [ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null || true
  rm -rf "$OUT"
}
trap cleanup EXIT

stored() { # dir url slug → signatures stored
  if [ -z "$2" ]; then
    python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute("select count(*), count(distinct s.name) from signatures s join statements t on t.id = s.statement_id where t.slug = ?", (sys.argv[2],)).fetchone()[0])' "$1/undersigned.sqlite3" "$3"
  else
    psql "$2" -qAtc "select count(*) from signatures s join statements t on t.id = s.statement_id where t.slug = '$3'"
  fi
}
twice() { # dir url slug → organisations stored more than once
  local q="select count(*) from (select s.name from signatures s join statements t on t.id = s.statement_id where t.slug = '$3' group by s.name having count(*) > 1) d"
  if [ -z "$2" ]; then
    python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(sys.argv[2]).fetchone()[0])' "$1/undersigned.sqlite3" "$q"
  else
    psql "$2" -qAtc "$q"
  fi
}
sign_load() { # slug out → wrk for DURATION in the background (WRK_PID)
  env $(sign_env "$1") wrk -t2 -c32 -d"$DURATION" --latency -s bench/sign.lua "$BASE/s/$1/sign" >"$2" 2>&1 &
  WRK_PID=$!
}
answered() { # wrk output → "acknowledged 5xx"
  awk '/requests in/ { total = $1 } /Non-2xx or 3xx/ { bad = $5 } END { printf "%d %d\n", total - bad, bad + 0 }' "$1"
}
signed_in() { # dir url → logs the benchmark coordinator in (jar in dir/jar)
  UNDERSIGNED_PASSWORD="$PASSWORD" "$BIN" admin create --email bench@example.org --name Bench \
    --data-dir "$1" ${2:+--database-url "$2"} >/dev/null 2>&1 || true
  local t; t=$(curl -s -c "$1/jar" "$BASE/admin/login" | token_of)
  curl -s -o /dev/null -b "$1/jar" -c "$1/jar" "$BASE/admin/login" --data-urlencode "csrf_token=$t" \
    -d email=bench@example.org --data-urlencode "password=$PASSWORD"
}

# A mail server that counts what it receives, by Message-ID.
start_sink() { # port file
  python3 - "$1" "$2" <<'PY' &
import asyncio, sys
port, path = int(sys.argv[1]), sys.argv[2]
async def session(reader, writer):
    writer.write(b"220 sink ESMTP\r\n")
    data, in_data, mid = False, False, ""
    while True:
        line = await reader.readline()
        if not line:
            break
        text = line.decode("utf-8", "replace").rstrip("\r\n")
        if in_data:
            if text == ".":
                in_data = False
                with open(path, "a") as f:
                    f.write(mid + "\n")
                writer.write(b"250 queued\r\n")
            elif text.lower().startswith("message-id:") and not mid:
                mid = text.split(":", 1)[1].strip()
            continue
        upper = text.upper()
        if upper.startswith("DATA"):
            in_data, mid = True, ""
            writer.write(b"354 go on\r\n")
        elif upper.startswith("QUIT"):
            writer.write(b"221 bye\r\n")
            break
        else:
            writer.write(b"250 ok\r\n")
        await writer.drain()
    writer.close()
async def main():
    server = await asyncio.start_server(session, "127.0.0.1", port)
    async with server:
        await server.serve_forever()
asyncio.run(main())
PY
  SINK_PID=$!
}

run_backend() { # name url
  local name=$1 url=$2 dir="$OUT/$1"
  mkdir -p "$dir"
  echo "== $name"
  start_server "$dir" "$url"
  signed_in "$dir" "$url"

  # 1. kill -9 while 32 clients sign.
  make_statement "$dir/jar" killed
  sign_load killed "$dir/killed.txt"
  sleep 3
  kill -9 "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
  wait "$WRK_PID" || true
  read -r k_ack k_bad < <(answered "$dir/killed.txt")
  local k_stored; k_stored=$(stored "$dir" "$url" killed)
  local k_twice; k_twice=$(twice "$dir" "$url" killed)

  # 2. SIGTERM while 32 clients sign: it stops cleanly.
  start_server "$dir" "$url"
  signed_in "$dir" "$url"
  make_statement "$dir/jar" stopped
  sign_load stopped "$dir/stopped.txt"
  sleep 3
  kill -TERM "$SERVER_PID"
  local t_exit=0; wait "$SERVER_PID" || t_exit=$?; SERVER_PID=""
  wait "$WRK_PID" || true
  read -r t_ack t_bad < <(answered "$dir/stopped.txt")
  local t_stored; t_stored=$(stored "$dir" "$url" stopped)

  # 3. PostgreSQL restarted while 32 clients sign.
  local r_row="| PostgreSQL restarted mid-load | n/a | | | |"
  if [ -n "$url" ] && [ -n "$PG_RESTART" ]; then
    start_server "$dir" "$url"
    signed_in "$dir" "$url"
    make_statement "$dir/jar" restarted
    DURATION=12s sign_load restarted "$dir/restarted.txt"
    sleep 3
    $PG_RESTART
    wait "$WRK_PID" || true
    read -r r_ack r_bad < <(answered "$dir/restarted.txt")
    local r_stored; r_stored=$(stored "$dir" "$url" restarted)
    local after; after=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/healthz")
    local r_5xx; r_5xx=$(grep -c 'internal error' "$dir/server.log" || true)
    r_row="| PostgreSQL restarted mid-load | $r_ack acknowledged / $r_stored stored | $r_bad refused (not 303), $r_5xx logged as internal errors | | healthz afterwards: $after |"
    kill -TERM "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
  fi

  # 4. Mail: the server down for 3 s, then a kill -9 while it sends. On a
  # database of its own, so that only these messages count.
  local mdir="$dir/mail" murl=""
  mkdir -p "$mdir"
  if [ -n "$url" ]; then
    psql "$url" -qc "CREATE DATABASE ${url##*/}_mail" >/dev/null
    murl="${url}_mail"
  fi
  local sink_port; sink_port=$(free_port)
  : >"$mdir/received"
  SERVER_ENV="SMTP_URL=smtp://127.0.0.1:$sink_port" MAIL_RETRY_SECONDS=1 start_server "$mdir" "$murl"
  signed_in "$mdir" "$murl"
  make_statement "$mdir/jar" mail
  DURATION=3s sign_load mail "$mdir/mail.txt"
  wait "$WRK_PID" || true
  start_sink "$sink_port" "$mdir/received"
  sleep 1
  kill -9 "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
  SERVER_ENV="SMTP_URL=smtp://127.0.0.1:$sink_port" MAIL_RETRY_SECONDS=1 start_server "$mdir" "$murl"
  local queued; queued=$(stored "$mdir" "$murl" mail)
  for _ in $(seq 1 300); do
    [ "$(sort -u "$mdir/received" | grep -c . || true)" -ge "$queued" ] && break
    sleep 1
  done
  local got; got=$(grep -c . "$mdir/received" || true)
  local distinct; distinct=$(sort -u "$mdir/received" | grep -c . || true)
  kill "$SINK_PID"; SINK_PID=""
  kill -TERM "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
  [ -n "$murl" ] && psql "$url" -qc "DROP DATABASE ${url##*/}_mail WITH (FORCE)" >/dev/null

  # 5. 300 connections trickling bodies: the server keeps answering.
  start_server "$dir" "$url"
  local before; before=$(rss_kib "$SERVER_PID")
  python3 - "${BASE#http://}" 300 >"$dir/slow.txt" <<'PY' &
import socket, sys, time
host, port = sys.argv[1].split(":")
socks = []
for _ in range(int(sys.argv[2])):
    s = socket.create_connection((host, int(port)))
    s.sendall(b"POST /s/killed/sign HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000000\r\n\r\n")
    socks.append(s)
for _ in range(15):
    for s in socks:
        try:
            s.sendall(b"a" * 100)
        except OSError:
            pass
    time.sleep(1)
PY
  local slow_pid=$!
  sleep 5
  local health; health=$(curl -s -o /dev/null -m 5 -w '%{http_code} in %{time_total} s' "$BASE/healthz")
  local during; during=$(rss_kib "$SERVER_PID")
  sleep 8
  local open_fds; open_fds=$(ls "/proc/$SERVER_PID/fd" | wc -l)
  wait "$slow_pid" || true
  kill -TERM "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""

  cat <<REPORT | tee -a "$OUT/report.md"

### $name

| fault | signatures | errors | emails | server |
| --- | --- | --- | --- | --- |
| kill -9 mid-load | $k_ack acknowledged / $k_stored stored, $k_twice twice | $k_bad | | |
| SIGTERM mid-load | $t_ack acknowledged / $t_stored stored | $t_bad | | exit status $t_exit |
$r_row
| mail server down 3 s, kill -9 while sending | $queued stored | | $distinct of $queued received, $((got - distinct)) received twice | |
| 300 slow bodies for 13 s | | | | healthz $health; RSS $(mib "$before") → $(mib "$during") MiB; $open_fds descriptors 8 s later |
REPORT
  [ "$k_ack" -le "$k_stored" ] || { echo "faults: FAILED: signatures lost after kill -9"; exit 1; }
  [ "$k_twice" -eq 0 ] || { echo "faults: FAILED: signatures stored twice"; exit 1; }
  [ "$t_ack" -le "$t_stored" ] || { echo "faults: FAILED: signatures lost after SIGTERM"; exit 1; }
  [ "$distinct" -ge "$queued" ] || { echo "faults: FAILED: emails lost"; exit 1; }
}

echo "# undersigned faults, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores" | tee "$OUT/report.md"
run_backend sqlite ""
if [ "$PG_ADMIN_URL" != "none" ] && psql "$PG_ADMIN_URL" -qAtc 'select 1' >/dev/null 2>&1; then
  DB="undersigned_faults_$$"
  psql "$PG_ADMIN_URL" -qc "CREATE DATABASE $DB" >/dev/null
  run_backend postgres "${PG_ADMIN_URL%/*}/$DB" || { psql "$PG_ADMIN_URL" -qc "DROP DATABASE $DB WITH (FORCE)" >/dev/null; exit 1; }
  psql "$PG_ADMIN_URL" -qc "DROP DATABASE $DB WITH (FORCE)" >/dev/null
else
  echo "faults: PostgreSQL skipped (no server at BENCH_DATABASE_URL)"
fi
echo "faults: ok"
