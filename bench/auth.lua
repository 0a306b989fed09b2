-- wrk script: GET with a bearer token from $TOKEN (Pingan) or an API key from $REDMINE_KEY.
if os.getenv("REDMINE_KEY") then
	wrk.headers["X-Redmine-API-Key"] = os.getenv("REDMINE_KEY")
else
	wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
end
