-- wrk script: GET one case, a different case each request (ids drawn at random from 1 to
-- $SPREAD_CASES, the path before the id from $SPREAD_PREFIX, e.g. /api/v1/cases/), with a bearer
-- token from $TOKEN. Measures the first-read path that a case kept by the one-case cache skips.
local prefix = os.getenv("SPREAD_PREFIX") or "/api/v1/cases/"
local n = tonumber(os.getenv("SPREAD_CASES") or "1000000")
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
local threads = 0
function setup(thread)
	threads = threads + 1
	thread:set("seed", threads)
end
function init(args)
	math.randomseed(os.time() * 97 + (seed or 0))
end
function request()
	return wrk.format(nil, prefix .. math.random(1, n))
end
