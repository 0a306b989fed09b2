-- wrk script: create an issue in Redmine's REST API (the peer's equivalent of a case).
wrk.method = "POST"
wrk.body = '{"issue":{"project_id":1,"subject":"基准测试：三楼楼道灯坏了","description":"bench","tracker_id":1}}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Redmine-API-Key"] = os.getenv("REDMINE_KEY")
