-- wrk script: each thread is its own browser, with the cookies of one signed-in session of BENCH_COOKIES
-- (sessions separated by "|"), so that HAProxy's sticky cookie sends each to its own node.
local sessions = {}
for cookie in string.gmatch(os.getenv("BENCH_COOKIES") or "", "[^|]+") do
   table.insert(sessions, cookie)
end
local threads = 0

function setup(thread)
   threads = threads + 1
   thread:set("cookie", sessions[(threads - 1) % #sessions + 1])
end

function init(args)
   wrk.headers["Cookie"] = cookie
end
