# Helpers shared by bench/run.sh and bench/faults.sh (sourced). They use
# BIN (the binary) and PASSWORD, and set SERVER_PID and BASE.

# Exits unless every tool named is installed.
need() { # tool…
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is not installed (apt-get install wrk nginx-light curl)"; exit 3; }
  done
}

# BIN as an absolute path; without it, a release build of this checkout.
find_binary() {
  if [ -z "${BIN:-}" ]; then
    cargo build --release --quiet
    BIN=target/release/undersigned
  fi
  BIN=$(realpath "$BIN")
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
hwm_kib() { awk '/^VmHWM/ {print $2}' "/proc/$1/status"; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

# wrk summary: requests/s, p50 and p99 in ms, requests, non-2xx/3xx.
wrk_stats() {
  awk '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
    /requests in/ { total = $1 }
    /Non-2xx or 3xx/ { bad = $5 }
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    END { printf "%d %.2f %.2f %d %d\n", rps, ms(p50), ms(p99), total, bad + 0 }' "$1"
}

# Starts the server on a free port (rate limit off). SERVER_ENV adds
# environment (e.g. SMTP_URL=…); MAIL_RETRY_SECONDS defaults to an hour.
start_server() { # data_dir db_url
  local port; port=$(free_port)
  env ${SERVER_ENV:-} "$BIN" serve --bind "127.0.0.1:$port" --data-dir "$1" ${2:+--database-url "$2"} --rate-limit 0 \
    --mail-retry-seconds "${MAIL_RETRY_SECONDS:-3600}" >>"$1/server.log" 2>&1 &
  SERVER_PID=$!
  BASE="http://127.0.0.1:$port"
  for _ in $(seq 1 100); do curl -sf "$BASE/healthz" >/dev/null && return 0; sleep 0.1; done
  echo "bench: server did not start"; cat "$1/server.log"; exit 1
}

token_of() { grep -o 'name="csrf_token" value="[^"]*"' | head -n1 | sed 's/.*value="//; s/"$//'; }

admin_post() { # jar path [fields…]
  local jar=$1 path=$2
  shift 2
  local token; token=$(curl -s -b "$jar" -c "$jar" "$BASE/admin/login" | token_of)
  curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" "$BASE$path" --data-urlencode "csrf_token=$token" "$@"
}

make_statement() { # jar slug [more curl fields…]
  local jar=$1 slug=$2
  shift 2
  admin_post "$jar" /admin/statements/new -d "title=Benchmark $slug" -d "slug=$slug" -d language=en \
    -d deadline=2031-02-07T23:59 -d timezone=Europe/Zurich -d allow_organisations=on -d grouping=none \
    --data-urlencode "body=We, the undersigned organisations, **stand** with them." -d action=save "$@" >/dev/null
  admin_post "$jar" "/admin/statements/$slug/open" >/dev/null
}

sign_env() { # slug → TOKEN=… COOKIE=… for the sign scripts
  local jar; jar=$(mktemp)
  local token; token=$(curl -s -c "$jar" "$BASE/s/$1" | token_of)
  echo "TOKEN=$token COOKIE=$(awk '$6 == "us_csrf" { print "us_csrf=" $7 }' "$jar")"
  rm -f "$jar"
}

seed_csv() { # rows file
  python3 - "$1" "$2" <<'PY'
import csv, sys
n, path = int(sys.argv[1]), sys.argv[2]
countries = ["JP", "GB", "US", "FR", "BR", "IN", "KE", "TW", "MX", "VE", ""]
with open(path, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["name", "country", "qualifier", "kind", "title", "email"])
    for i in range(n):
        w.writerow([f"Organisation for Human Rights number {i}", countries[i % len(countries)], "", "organisation", "", f"contact{i}@example.org"])
PY
}
