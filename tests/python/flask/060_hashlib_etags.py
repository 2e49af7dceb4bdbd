# call: /files/report.txt
# call: /files/report.txt -H 'If-None-Match: "ab3dd66d1ddc7e7855206009c9ddfc26"'
# call: /sign?user=ada
# call: /check?user=ada&sig=42845bf5f3729634cded5689a8a67fea6a3153d43c386463b2e9cf3cee43f856
# call: /check?user=ada&sig=0000
# A Flask app that uses hashlib and hmac: strong ETags from the body's
# MD5 (a matching If-None-Match is answered "unchanged": mayfly's 304
# keeps a Content-Type, LANGUAGE.md), HMAC-signed values checked
# with compare_digest, and `.name` of a hash object (which the Flask
# surface reads through its error-attribute path).
import hashlib
import hmac

from flask import Flask, abort, jsonify, make_response, request

app = Flask(__name__)
KEY = b"flask-signing-key"


@app.get("/files/<name>")
def files(name):
    body = ("line of " + name + "\n") * 20
    tag = '"' + hashlib.md5(body.encode()).hexdigest() + '"'
    if request.headers.get("If-None-Match") == tag:
        body = "unchanged\n"
    resp = make_response(body)
    resp.headers["ETag"] = tag
    resp.headers["Content-Type"] = "text/plain"
    return resp


@app.get("/sign")
def sign():
    user = request.args.get("user", "")
    h = hmac.new(KEY, user.encode(), hashlib.sha256)
    return jsonify(user=user, sig=h.hexdigest(), alg=h.name, size=h.digest_size,
                   hash=hashlib.sha1(user.encode()).name)


@app.get("/check")
def check():
    user = request.args.get("user", "")
    sig = request.args.get("sig", "")
    good = hmac.new(KEY, user.encode(), "sha256").hexdigest()
    if not hmac.compare_digest(good, sig):
        abort(403, "bad signature for " + user)
    return jsonify(ok=True)
