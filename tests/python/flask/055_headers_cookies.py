# call: /prefs -H 'Cookie: theme=dark; lang=de'
# call: /prefs
# call: /prefs/theme/light
# call: /agent -H 'User-Agent: curl/8.4.0' -H 'Accept-Language: fr-CH, fr;q=0.9, en;q=0.8'
# call: /agent -H 'User-Agent: '
# call: /download
# call: /cors -X OPTIONS
# call: /etag -H 'If-None-Match: "v2"'
from flask import Flask, request, make_response, jsonify

app = Flask(__name__)

DEFAULTS = {"theme": "light", "lang": "en"}
CURRENT_ETAG = '"v2"'


@app.route("/prefs")
def prefs():
    prefs = {k: request.cookies.get(k, v) for k, v in DEFAULTS.items()}
    prefs["customized"] = any(k in request.cookies for k in DEFAULTS)
    return jsonify(prefs)


@app.route("/prefs/theme/<any(light, dark):theme>")
def set_theme(theme):
    resp = make_response(f"theme set to {theme}")
    resp.headers["Set-Cookie"] = f"theme={theme}; Max-Age=3600; Path=/"
    return resp


@app.route("/agent")
def agent():
    ua = request.headers.get("User-Agent", "")
    langs = []
    for part in request.headers.get("Accept-Language", "").split(","):
        tag = part.split(";")[0].strip()
        if tag:
            langs.append(tag)
    return {"agent": ua.split("/")[0] or None, "languages": langs, "has_ua": "User-Agent" in request.headers}


@app.route("/download")
def download():
    csv = "id,name\n1,Ada\n2,Linus\n"
    resp = make_response(csv)
    resp.headers["Content-Type"] = "text/csv"
    resp.headers["Content-Disposition"] = 'attachment; filename="users.csv"'
    return resp


@app.route("/cors", methods=["GET", "OPTIONS"])
def cors():
    if request.method == "OPTIONS":
        return "", 204, {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET"}
    return {"ok": True}


@app.route("/etag")
def etag():
    if request.headers.get("If-None-Match") == CURRENT_ETAG:
        return jsonify(status="not modified", etag=CURRENT_ETAG), 200
    resp = make_response({"version": 2})
    resp.headers["ETag"] = CURRENT_ETAG
    return resp
