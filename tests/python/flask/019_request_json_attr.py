# call: /sum -X POST -H 'Content-Type: application/json' -d '[1, 2, 3]'
# call: /sum -X POST -d '[1]'
from flask import Flask, request

app = Flask(__name__)


@app.post("/sum")
def total():
    nums = request.json
    return {"sum": sum(nums)}
