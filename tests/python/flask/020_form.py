# call: /login -X POST -H 'Content-Type: application/x-www-form-urlencoded' -d 'user=ann+lee&pw=s%21'
# call: /login -X POST -d 'user=x'
from flask import Flask, request

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("user", "anon")
    return {"user": user, "pw_len": len(request.form.get("pw", ""))}
