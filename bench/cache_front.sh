# Sourced by bench/run, whose functions and folders it uses; run it alone with `bash bench/run cache`.
# The cache in front (deploy/nginx.conf) and the direct path, of the deployment build ($out/app,
# ReadyToRun composite) and of a plain `dotnet publish -c Release`, each against nginx serving the same
# bytes from disk; the time from saving a file to its page through the cache; and the app's memory.

cache_front() {
  local direct_port=5187 plain_port=5188 static_port=5189 front_port=5190 workstation_port=5191
  local pages=(/chapters/work-with-agility /roles/product-manager /contents /print)
  local direct=http://127.0.0.1:$direct_port plain=http://127.0.0.1:$plain_port
  local static=http://127.0.0.1:$static_port front=http://127.0.0.1:$front_port

  echo
  echo "== publishing a plain Release build (dotnet publish -c Release: framework-dependent, no ReadyToRun)"
  dotnet publish src/Handbook.Web -c Release -o "$out/app-plain" -v quiet -nologo >/dev/null

  # Both builds read one copy of content/, each into a store of its own.
  cp -r content "$out/content-front"
  start_app "$out/content-front" "$out/front.db" $direct_port >/dev/null
  local direct_pid; direct_pid=$(tail -n 1 "$out/pids")
  app_dir="$out/app-plain" start_app "$out/content-front" "$out/plain.db" $plain_port >/dev/null
  local plain_pid; plain_pid=$(tail -n 1 "$out/pids")
  for page in "${pages[@]}"; do curl -sf -o /dev/null "$direct$page"; curl -sf -o /dev/null "$plain$page"; done
  sleep 5
  local direct_idle plain_idle
  direct_idle=$(rss_mb "$direct_pid" VmRSS) plain_idle=$(rss_mb "$plain_pid" VmRSS)

  mkdir -p "$out/front-static"
  for page in "${pages[@]}"; do
    mkdir -p "$out/front-static$page" && curl -sf "$direct$page" -o "$out/front-static$page/index.html"
  done
  start_static_nginx $static_port "$out/front-static"

  # deploy/nginx.conf as deploy/README.md installs it, in a main configuration of its own, with the
  # deployment build behind it (on both of its upstream lines: a hit never reaches an instance).
  mkdir -p "$out/front"
  HANDBOOK_LISTEN=127.0.0.1:$front_port HANDBOOK_SERVER_NAME=127.0.0.1 \
    HANDBOOK_INSTANCE_1=127.0.0.1:$direct_port HANDBOOK_INSTANCE_2=127.0.0.1:$direct_port \
    HANDBOOK_WWWROOT="$out/app/wwwroot" HANDBOOK_CACHE="$out/front/cache" \
    envsubst '$HANDBOOK_LISTEN $HANDBOOK_SERVER_NAME $HANDBOOK_INSTANCE_1 $HANDBOOK_INSTANCE_2 $HANDBOOK_WWWROOT $HANDBOOK_CACHE' \
    <deploy/nginx.conf >"$out/front/handbook.conf"
  cat >"$out/front/nginx.conf" <<NGINX
worker_processes auto;
pid $out/front/nginx.pid;
error_log $out/front/error.log;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path $out/front/body;
  proxy_temp_path $out/front/proxy;
  fastcgi_temp_path $out/front/fastcgi;
  uwsgi_temp_path $out/front/uwsgi;
  scgi_temp_path $out/front/scgi;
  include $out/front/handbook.conf;
}
NGINX
  nginx -c "$out/front/nginx.conf" -g 'daemon off;' &
  echo $! >>"$out/pids"
  until curl -sf -o /dev/null "$front/contents"; do sleep 0.05; done
  for page in "${pages[@]}"; do
    curl -sf -o /dev/null "$front$page"
    [ "$(curl -s -o "$out/front-hit.html" -w '%header{x-cache-status}' "$front$page")" = HIT ] || { echo "nginx's cache does not keep $page"; exit 1; }
    cmp -s "$out/front-hit.html" "$out/front-static$page/index.html" || { echo "nginx's cache serves other bytes for $page"; exit 1; }
  done

  # Each app's memory every half second while the throughput runs: the highest is "under load".
  ( while :; do
      echo "$(rss_mb "$direct_pid" VmRSS) $(rss_mb "$plain_pid" VmRSS)" >>"$out/rss-under-load.txt"
      sleep 0.5
    done ) &
  local sampler=$!
  echo $sampler >>"$out/pids"
  for page in "${pages[@]}"; do wrk -t2 -c32 -d5s "$direct$page" >/dev/null 2>&1; wrk -t2 -c32 -d5s "$plain$page" >/dev/null 2>&1; done

  echo
  echo "== through nginx's cache, and direct: wrk -t2 -c32 -d10s after 3 s of each, loopback, no compression"
  echo "   (nginx serving the same bytes from disk, deploy/nginx.conf's cache, the deployment build and a"
  echo "   plain Release build take turns twice on each page; each keeps its better turn, and each build's"
  echo "   two turns are shown with their spread)"
  printf "%-28s %9s | %9s %6s %7s | %9s %6s %17s %7s | %9s %6s %17s %7s | %7s\n" page "nginx r/s" "cache r/s" share p99 \
    "deploy" share "turns (spread)" p99 "plain" share "turns (spread)" p99 bytes
  local page static_turns front_turns direct_turns plain_turns
  turns() { # the two turns' req/s and how far apart they are, as a share of the better
    printf "%s" "$1" | awk 'NF {r[++n] = $1} END {hi = r[1] > r[2] ? r[1] : r[2]; lo = r[1] > r[2] ? r[2] : r[1];
      printf "%.0f/%.0f (%.0f%%)", r[1], r[2], 100 * (hi - lo) / hi}'
  }
  for page in "${pages[@]}"; do
    static_turns="" front_turns="" direct_turns="" plain_turns=""
    for _ in 1 2; do
      static_turns+="$(measure "$static$page")"$'\n'
      front_turns+="$(measure "$front$page")"$'\n'
      direct_turns+="$(measure "$direct$page")"$'\n'
      plain_turns+="$(measure "$plain$page")"$'\n'
    done
    local s_rps f_rps f_p99 d_rps d_p99 p_rps p_p99
    read -r s_rps _ _ < <(best "$static_turns")
    read -r f_rps _ f_p99 < <(best "$front_turns")
    read -r d_rps _ d_p99 < <(best "$direct_turns")
    read -r p_rps _ p_p99 < <(best "$plain_turns")
    printf "%-28s %9s | %9s %6s %7s | %9s %6s %17s %7s | %9s %6s %17s %7s | %7s\n" "$page" "$s_rps" \
      "$f_rps" "$(share "$f_rps" "$s_rps")" "$f_p99" \
      "$d_rps" "$(share "$d_rps" "$s_rps")" "$(turns "$direct_turns")" "$d_p99" \
      "$p_rps" "$(share "$p_rps" "$s_rps")" "$(turns "$plain_turns")" "$p_p99" \
      "$(stat -c %s "$out/front-static$page/index.html")"
  done
  kill "$sampler" 2>/dev/null || true
  sleep 10
  local direct_load plain_load
  direct_load=$(awk '$1 > m {m = $1} END {print m}' "$out/rss-under-load.txt")
  plain_load=$(awk '$2 > m {m = $2} END {print m}' "$out/rss-under-load.txt")

  echo
  echo "== memory (RSS, MB): after start and one read of each page / highest under the load above / 10 s after it"
  echo "  deployment build: $direct_idle / $direct_load / $(rss_mb "$direct_pid" VmRSS)"
  echo "  plain build:      $plain_idle / $plain_load / $(rss_mb "$plain_pid" VmRSS)"
  # What sets it: the server GC (the web SDK's default, one heap a core, sized by DATAS) against the
  # workstation GC, on the deployment build, the same way on the chapter page.
  DOTNET_gcServer=0 start_app "$out/content-front" "$out/workstation.db" $workstation_port >/dev/null
  local workstation_pid; workstation_pid=$(tail -n 1 "$out/pids")
  for page in "${pages[@]}"; do curl -sf -o /dev/null "http://127.0.0.1:$workstation_port$page"; done
  sleep 5
  local workstation_idle; workstation_idle=$(rss_mb "$workstation_pid" VmRSS)
  ( while :; do rss_mb "$workstation_pid" VmRSS >>"$out/rss-workstation.txt"; echo >>"$out/rss-workstation.txt"; sleep 0.5; done ) &
  sampler=$!
  echo $sampler >>"$out/pids"
  local w_rps
  read -r w_rps _ _ < <(measure "http://127.0.0.1:$workstation_port/chapters/work-with-agility")
  kill "$sampler" 2>/dev/null || true
  echo "  deployment build, workstation GC (DOTNET_gcServer=0): $workstation_idle / $(awk '$1 > m {m = $1} END {print m}' "$out/rss-workstation.txt") under load on the chapter page alone, at $w_rps req/s"
  kill "$workstation_pid" 2>/dev/null || true

  echo
  echo "== a saved file served through nginx's cache (Handbook:SharedCacheSeconds 30, StaleWhileRevalidateSeconds 15)"
  echo "   (three edits in turn, the page asked for through nginx every 5 ms on one connection)"
  echo "  through the cache (ms): $(python3 bench/served_after_edit.py "$front" /chapters/work-with-agility \
    "$out/content-front/03-associate-product-manager/02-work-with-agility.md" 3 60)"
  echo "  the same edits, from the app itself (ms): $(python3 bench/served_after_edit.py "$direct" /chapters/work-with-agility \
    "$out/content-front/03-associate-product-manager/02-work-with-agility.md" 3)"
}
