-- wrk script: every request signs for the same organisation, each from
-- another address (duplicates are decided at confirmation, not here).
-- TOKEN and COOKIE come from the environment (a CSRF token and its cookie).
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  n = 0
  token = os.getenv("TOKEN")
  wrk.headers["Cookie"] = os.getenv("COOKIE")
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

function request()
  n = n + 1
  local id = tid .. "-" .. n
  local body = "kind=organisation&name=Bench+same+organisation" ..
    "&country=FR&contact_name=Bench&email=bench" .. id .. "%40example.org" ..
    "&listing=public&csrf_token=" .. token
  return wrk.format("POST", nil, nil, body)
end
