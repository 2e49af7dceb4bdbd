# call: /p/q?a=1&b=two&a=3 -H 'X-Key: secret' -H 'User-Agent: test'
# call: /other?x= -X PUT -H 'X-Key: k2' -d hello
def on_client_request(request):
    return {"path": request.path, "args": request.args, "body": request.body, "ua": request.headers.get("user-agent", "?"), "has": "X-Key" in request.headers, "key": request.headers["x-key"]}
