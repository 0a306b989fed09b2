-- wrk script: durable case creation (POST /api/v1/cases) with a bearer token from $TOKEN.
wrk.method = "POST"
wrk.body = '{"type":"suggestion","title":"基准测试：三楼楼道灯坏了","body":"bench"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
