# call: /
# call: /shorten -X POST -H 'Content-Type: application/json' -d '{"url": "https://example.com/a/very/long/path?x=1"}'
# call: /shorten -X POST -H 'Content-Type: application/json' -d '{"url": "ftp://nope"}'
# call: /shorten -X POST -H 'Content-Type: application/json' -d '{"link": 3}'
# call: /MQ
# call: /Mg
# call: /zzzz
# call: /stats/MQ
import base64

from flask import Flask, jsonify, redirect, request, abort, url_for

app = Flask(__name__)

links = {
    1: "https://flask.palletsprojects.com/",
    2: "https://www.python.org/downloads/",
}
hits = {1: 10, 2: 3}


def encode_id(n):
    raw = str(n).encode("ascii")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_id(code):
    padded = code + "=" * (-len(code) % 4)
    try:
        return int(base64.urlsafe_b64decode(padded.encode("ascii")).decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        return None


@app.route("/")
def index():
    return jsonify({encode_id(k): v for k, v in links.items()})


@app.route("/shorten", methods=["POST"])
def shorten():
    payload = request.get_json(silent=True) or {}
    url = payload.get("url")
    if not isinstance(url, str):
        return jsonify(error="'url' is required"), 400
    if not url.startswith(("http://", "https://")):
        return jsonify(error="only http(s) URLs can be shortened", url=url), 422
    new_id = max(links) + 1
    links[new_id] = url
    code = encode_id(new_id)
    return jsonify(code=code, short_url=url_for("follow", code=code, _external=True)), 201


@app.route("/<code>")
def follow(code):
    link_id = decode_id(code)
    if link_id is None or link_id not in links:
        abort(404)
    return redirect(links[link_id], code=302)


@app.route("/stats/<code>")
def stats(code):
    link_id = decode_id(code)
    if link_id not in links:
        abort(404)
    return {"code": code, "id": link_id, "target": links[link_id], "hits": hits.get(link_id, 0)}
