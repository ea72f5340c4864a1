-- wrk script for bench/post.py: each connection is a poster who writes a
-- ~900-character comment, waits 50-150 ms, and writes the next one (or, given a
-- pace, waits 0 to twice that many ms, the first post included: a steady rate).
-- One post in five is a reply. The form's boxes are sent as the form has them by
-- default ("email me when someone replies" ticked). Every body carries a unique marker so the database can be checked afterwards.

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  path = args[1]
  origin = args[2]
  text = args[3]
  parents = {}
  -- Comments to reply to (bench/post.py passes them; bench/faults.py doesn't).
  for pk in string.gmatch(args[4] or "", "%d+") do table.insert(parents, pk) end
  -- A label for this run's markers, so a warm-up's posts are told from the measured ones.
  label = args[5] or ""
  -- A poster's mean wait between posts, in ms (bench/cluster.py's paced posters).
  pace = tonumber(args[6] or "")
  acknowledged = 0
  other = 0
  server_errors = 0
  limited = 0
  unavailable = 0
  client_errors = 0
  math.randomseed(id * 7919)
end

function request()
  counter = counter + 1
  -- A hundred people per wrk thread take turns on its connections, each with
  -- their own email and network address (given to the app in X-Forwarded-For,
  -- as a reverse proxy would).
  local poster = (id - 1) * 100 + math.random(1, 100)
  local marker = string.format("[bench %s%d-%d]", label, id, counter)
  -- One post in five answers someone else's comment.
  local parent = ""
  if #parents > 0 and math.random(1, 5) == 1 then parent = parents[math.random(1, #parents)] end
  local body = "name=Poster+" .. poster .. "&email=poster" .. poster .. "%40example.org"
    .. "&accept_terms=on&notify_replies=on&parent=" .. parent .. "&body=" .. text .. "+" .. marker
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Origin"] = origin,
    ["X-Forwarded-For"] = string.format("198.18.%d.%d", math.floor(poster / 250), poster % 250),
  }, body)
end

function delay()
  if pace then return math.random(0, 2 * pace) end
  return math.random(50, 150)
end

function response(status, headers, body)
  if status == 302 then acknowledged = acknowledged + 1 else other = other + 1 end
  if status >= 500 then server_errors = server_errors + 1 end
  if status == 429 then limited = limited + 1 end
  if status == 503 then unavailable = unavailable + 1 end
  if status >= 400 and status < 500 then client_errors = client_errors + 1 end
end

function done(summary, latency, requests)
  local acked, failed, errors_5xx, rate_limited, status_503, errors_4xx = 0, 0, 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    acked = acked + thread:get("acknowledged")
    failed = failed + thread:get("other")
    errors_5xx = errors_5xx + thread:get("server_errors")
    rate_limited = rate_limited + thread:get("limited")
    status_503 = status_503 + thread:get("unavailable")
    errors_4xx = errors_4xx + thread:get("client_errors")
  end
  io.write(string.format("errors_5xx: %d\n", errors_5xx))
  io.write(string.format("rate_limited: %d\n", rate_limited))
  io.write(string.format("status_503: %d\n", status_503))
  io.write(string.format("errors_4xx: %d\n", errors_4xx))
  io.write(string.format("socket_errors: %d\n", summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("posts: %d\n", summary.requests))
  io.write(string.format("acknowledged: %d\n", acked))
  io.write(string.format("post_errors: %d\n", failed + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("post_p50_ms: %.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("post_p90_ms: %.2f\n", latency:percentile(90) / 1000))
  io.write(string.format("post_p99_ms: %.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("post_max_ms: %.2f\n", latency.max / 1000))
end
