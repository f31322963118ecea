-- wrk script: every request signs for a different organisation, or, with
-- SAME=1, for the same one from another address each time.
-- TOKEN and COOKIE come from the environment (a CSRF token and its cookie).
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  n = 0
  token = os.getenv("TOKEN")
  same = os.getenv("SAME") == "1"
  wrk.headers["Cookie"] = os.getenv("COOKIE")
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

function request()
  n = n + 1
  local id = tid .. "-" .. n
  local name = same and "Bench+same+organisation" or ("Bench+organisation+" .. id)
  local body = "kind=organisation&name=" .. name ..
    "&country=FR&contact_name=Bench&email=bench" .. id .. "%40example.org" ..
    "&listing=public&csrf_token=" .. token
  return wrk.format("POST", nil, nil, body)
end
