# call: /accounts/alice
# call: /accounts/nobody
# call: /accounts/bob/withdraw?amount=500
# call: /accounts/alice/withdraw?amount=-5
# call: /accounts/alice/withdraw?amount=30
# call: /crash
# call: /nowhere
# call: /accounts/carol/withdraw?amount=1
from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException


class APIError(Exception):
    http_status = 400

    def __init__(self, message, http_status=None, payload=None):
        super().__init__(message)
        self.message = message
        if http_status is not None:
            self.http_status = http_status
        self.payload = payload

    def to_dict(self):
        rv = dict(self.payload or ())
        rv["message"] = self.message
        return rv


class InsufficientFunds(APIError):
    http_status = 409


app = Flask(__name__)
ACCOUNTS = {"alice": 100, "bob": 20}


@app.errorhandler(Exception)
def handle_exception(e):
    if isinstance(e, APIError):
        return jsonify(e.to_dict()), e.http_status
    if isinstance(e, HTTPException):
        return e
    return jsonify(error="unexpected", kind=type(e).__name__, detail=str(e)), 500


@app.errorhandler(404)
def page_not_found(e):
    return jsonify(error=str(e)), 404


@app.route("/accounts/<name>")
def account(name):
    if name not in ACCOUNTS:
        raise APIError("no such account", http_status=404, payload={"name": name})
    return {"name": name, "balance": ACCOUNTS[name]}


@app.route("/accounts/<name>/withdraw")
def withdraw(name):
    amount = request.args.get("amount", 0, type=int)
    if amount <= 0:
        raise APIError("amount must be positive")
    balance = ACCOUNTS[name]
    if amount > balance:
        raise InsufficientFunds("insufficient funds", payload={"balance": balance, "requested": amount})
    ACCOUNTS[name] = balance - amount
    return {"name": name, "balance": ACCOUNTS[name]}


@app.route("/crash")
def crash():
    return {"value": ACCOUNTS["carol"]}
