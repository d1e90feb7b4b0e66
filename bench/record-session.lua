-- wrk script: POST /api/v1/sessions as one of 32 patients in turn, each request with its own Idempotency-Key,
-- as a phone app would send a walk it just recorded.
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
   thread:set("id", #threads + 1)
   table.insert(threads, thread)
end

function init(args)
   thread_id = id
end

request = function()
   counter = counter + 1
   local patient = ((counter * 2 + thread_id) % 32) + 1
   local body = string.format(
      '{"exerciseId":1,"performedAt":"%s","minutes":%d,"painBefore":4,"painAfter":3}',
      os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - 60), 10 + counter % 20)
   local headers = {
      ["Content-Type"] = "application/json",
      ["Authorization"] = "Bearer bench-token-" .. patient,
      ["Idempotency-Key"] = string.format("bench-%d-%d-%d", thread_id, counter, os.time()),
   }
   return wrk.format("POST", "/api/v1/sessions", headers, body)
end

response = function(status, headers, body)
   if status ~= 201 then
      print("unexpected status " .. status .. ": " .. body)
   end
end
