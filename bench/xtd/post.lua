-- wrk script for bench/post_xtd.py: bench/post.lua's posters, on django-comments-xtd.
-- Each connection is a poster who writes the same ~900-character comment, waits
-- 50-150 ms, and writes the next one; one post in five is a reply. Each poster's
-- form was fetched once (bench/post_xtd.py GETs the article page per connection and
-- writes one line per form: the csrftoken cookie, a tab, then the form's fields
-- url-encoded as a browser sends them: csrfmiddlewaretoken, next, content_type,
-- object_pk, timestamp, security_hash, reply_to, honeypot, url, post); this adds the
-- name, email, comment and, for a reply, reply_to. "Notify me about follow-up comments"
-- is left as the form has it by default (unticked). Every comment carries a unique
-- marker so the database can be checked afterwards.

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
  for pk in string.gmatch(args[4] or "", "%d+") do table.insert(parents, pk) end
  label = args[5] or ""
  -- This wrk thread's share of the forms: one per connection it holds.
  local all = {}
  for line in io.lines(args[6]) do table.insert(all, line) end
  -- (wrk's threads each have their own Lua state: the count comes as an argument.)
  local share = math.floor(#all / tonumber(args[7]))
  forms = {}
  for n = (id - 1) * share + 1, id * share do
    local cookie, fields = string.match(all[n], "^([^\t]*)\t(.*)$")
    table.insert(forms, {cookie = cookie, fields = fields})
  end
  acknowledged = 0
  other = 0
  server_errors = 0
  client_errors = 0
  math.randomseed(id * 7919)
end

function request()
  counter = counter + 1
  local form = forms[(counter - 1) % #forms + 1]
  -- A hundred people per wrk thread, as in bench/post.lua.
  local poster = (id - 1) * 100 + math.random(1, 100)
  local marker = string.format("[bench %s%d-%d]", label, id, counter)
  local fields = form.fields
  if #parents > 0 and math.random(1, 5) == 1 then
    fields = string.gsub(fields, "reply_to=0", "reply_to=" .. parents[math.random(1, #parents)])
  end
  local body = fields .. "&name=Poster+" .. poster .. "&email=poster" .. poster .. "%40example.org"
    .. "&comment=" .. text .. "+" .. marker
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "csrftoken=" .. form.cookie,
    ["Origin"] = origin,
    ["X-Forwarded-For"] = string.format("198.18.%d.%d", math.floor(poster / 250), poster % 250),
  }, body)
end

function delay()
  return math.random(50, 150)
end

function response(status, headers, body)
  -- A stored comment redirects to the comment's page; a form error answers 200 with
  -- the form again, a refused one 400.
  if status == 302 then acknowledged = acknowledged + 1 else other = other + 1 end
  if status >= 500 then server_errors = server_errors + 1 end
  if status >= 400 and status < 500 then client_errors = client_errors + 1 end
end

function done(summary, latency, requests)
  local acked, failed, errors_5xx, errors_4xx = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    acked = acked + thread:get("acknowledged")
    failed = failed + thread:get("other")
    errors_5xx = errors_5xx + thread:get("server_errors")
    errors_4xx = errors_4xx + thread:get("client_errors")
  end
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("errors_5xx: %d\n", errors_5xx))
  io.write(string.format("errors_4xx: %d\n", errors_4xx))
  io.write(string.format("socket_errors: %d\n", socket))
  io.write(string.format("posts: %d\n", summary.requests))
  io.write(string.format("acknowledged: %d\n", acked))
  io.write(string.format("post_errors: %d\n", failed + socket))
  io.write(string.format("post_p50_ms: %.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("post_p90_ms: %.2f\n", latency:percentile(90) / 1000))
  io.write(string.format("post_p99_ms: %.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("post_max_ms: %.2f\n", latency.max / 1000))
end
