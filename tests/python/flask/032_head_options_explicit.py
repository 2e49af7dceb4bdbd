# call: /o -X OPTIONS
# call: /o -X GET
from flask import Flask

app = Flask(__name__)


@app.route("/o", methods=["GET", "OPTIONS"])
def o():
    return "custom options"
