"""The seed 004 Flask app (`/api/v2/<msisdn>`), plus the seed 001 hello page,
served by gunicorn and granian for the --peers rows of bench.sh."""
from flask import Flask, Response, jsonify

from page import PAGE

app = Flask(__name__)


@app.route("/api/v2/<msisdn>", methods=["GET"])
def get_status(msisdn):
    # Exactly the seed's handler: jsonify of a two-key dict.
    response = {"msisdn": msisdn, "status": "ok"}
    return jsonify(response)


@app.route("/hello/", methods=["GET"])
def hello():
    return Response(PAGE, mimetype="text/plain")
