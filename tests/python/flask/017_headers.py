# call: /h -H 'X-Token: abc' -H 'User-Agent: tester'
# call: /h
from flask import Flask, request

app = Flask(__name__)


@app.route("/h")
def h():
    return {
        "token": request.headers.get("x-token"),
        "TOKEN": request.headers.get("X-TOKEN", "none"),
        "has": "X-Token" in request.headers,
    }
