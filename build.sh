#!/usr/bin/env bash
# ClipBot's one entry point:
#   ./build.sh run           build and start ClipBot (embedded store, local generator, Studio on :8080)
#   ./build.sh test          install what the tests need, start a redis-server, run every test
#   ./build.sh bench <name>  run one benchmark (generate, queue, cut, votes, samples)
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

# Installs Debian packages for the commands that are missing: "need ffmpeg:ffmpeg redis-server:redis-server".
need() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair##*:}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing ${missing[*]} with apt-get"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "${missing[*]} missing and not root without sudo: install with 'apt-get install ${missing[*]}' as root."
    sudo="sudo"
  fi
  command -v apt-get >/dev/null 2>&1 || die "${missing[*]} missing and apt-get is not available: install ${missing[*]} with your package manager."
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }; then
    die "could not install ${missing[*]} with apt-get; install them by hand and run again."
  fi
}

need_dotnet() {
  command -v dotnet >/dev/null 2>&1 || die "the .NET 10 SDK is missing: see https://learn.microsoft.com/dotnet/core/install/linux-debian"
}

free_port() {
  local port
  for port in $(seq "$1" $(($1 + 200))); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  die "no free loopback port from $1"
}

cmd_run() {
  need_dotnet
  need ffmpeg:ffmpeg ffprobe:ffmpeg fc-match:fontconfig
  say "building ClipBot"
  dotnet build src/ClipBot.Host -c Release -nologo -v quiet -clp:ErrorsOnly
  say "starting ClipBot: open http://127.0.0.1:${CLIPBOT_Web__Port:-8080} (Ctrl+C stops it)"
  exec dotnet src/ClipBot.Host/bin/Release/net10.0/ClipBot.Host.dll "$@"
}

redis_pid=""
redis_dir=""
stop_redis() {
  [ -n "$redis_pid" ] && kill "$redis_pid" 2>/dev/null && wait "$redis_pid" 2>/dev/null || true
  [ -n "$redis_dir" ] && rm -rf "$redis_dir"
}

start_redis() {
  local port
  port=$(free_port 6390)
  redis_dir=$(mktemp -d)
  trap stop_redis EXIT
  redis-server --port "$port" --bind 127.0.0.1 --dir "$redis_dir" --save "" --appendonly no --daemonize no \
    >"$redis_dir/redis.log" 2>&1 &
  redis_pid=$!
  for _ in $(seq 1 100); do
    [ "$(redis-cli -p "$port" ping 2>/dev/null)" = "PONG" ] && { export CLIPBOT_TEST_REDIS="127.0.0.1:$port"; return 0; }
    sleep 0.1
  done
  cat "$redis_dir/redis.log" >&2
  die "redis-server did not start on port $port"
}

# Sums the counters of every TRX file into the summary line CI and people read.
summarize() {
  local passed=0 failed=0 skipped=0 file p f t e
  for file in "$1"/*.trx; do
    [ -f "$file" ] || continue
    p=$(grep -o '<Counters [^>]*' "$file" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*')
    f=$(grep -o '<Counters [^>]*' "$file" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*')
    t=$(grep -o '<Counters [^>]*' "$file" | grep -o ' total="[0-9]*"' | grep -o '[0-9]*')
    e=$(grep -o '<Counters [^>]*' "$file" | grep -o ' executed="[0-9]*"' | grep -o '[0-9]*')
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + t - e))
  done
  echo "$passed passed, $failed failed, $skipped skipped"
  [ "$failed" -eq 0 ]
}

cmd_test() {
  need_dotnet
  need ffmpeg:ffmpeg ffprobe:ffmpeg fc-match:fontconfig redis-server:redis-server redis-cli:redis-tools chromium:chromium
  start_redis
  say "redis-server for the tests on $CLIPBOT_TEST_REDIS"
  local results="$root/.artifacts/test-results"
  rm -rf "$results"
  say "building"
  dotnet build ClipBot.sln -c Release -nologo -v quiet -clp:ErrorsOnly
  say "testing"
  local status=0
  dotnet test ClipBot.sln -c Release --no-build -nologo --results-directory "$results" --logger "trx" "$@" || status=$?
  local line
  line=$(summarize "$results") || status=1
  [ -n "$(ls "$results"/*.trx 2>/dev/null)" ] || { line="0 passed, 0 failed, 0 skipped"; status=1; }
  echo "$line"
  return "$status"
}

cmd_bench() {
  need_dotnet
  [ $# -ge 1 ] || die "usage: ./build.sh bench <name>   (names: generate, queue, cut, votes, samples)"
  need ffmpeg:ffmpeg ffprobe:ffmpeg fc-match:fontconfig
  dotnet run -c Release --project bench/ClipBot.Bench -- "$@"
}

case "${1:-}" in
  run) shift; cmd_run "$@" ;;
  test) shift; cmd_test "$@" ;;
  bench) shift; cmd_bench "$@" ;;
  *) echo "usage: ./build.sh run | test | bench <name>" >&2; exit 2 ;;
esac
