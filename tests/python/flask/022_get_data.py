# call: /raw -X POST -d 'plain body'
# call: /raw -X PUT -d 'x'
from flask import Flask, request

app = Flask(__name__)


@app.route("/raw", methods=["POST", "PUT"])
def raw():
    text = request.get_data(as_text=True)
    return {"len": len(text), "upper": text.upper(), "m": request.method}
