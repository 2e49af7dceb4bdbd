# call: /r
# call: /r -X POST
# call: /r -X PUT
# call: /r -X PATCH
# call: /r -X DELETE
# call: /r -X HEAD
# call: /r -X OPTIONS
from flask import Flask

app = Flask(__name__)


@app.get("/r")
def g():
    return "get"


@app.post("/r")
def p():
    return "post", 201


@app.put("/r")
def u():
    return {"put": 1}


@app.patch("/r")
def pa():
    return {"patch": 1}


@app.delete("/r")
def d():
    return "", 204
