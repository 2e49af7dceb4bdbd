# call: /webhook -X POST -H 'X-Signature: sha256=be6b5aae53254bd522e5128e8981d14c1467bf317875e68c1936778277938b17' -d '{"event": "push", "id": 7}'
# call: /webhook -X POST -H 'X-Signature: sha256=4d6fa07a0f3e50a7fbd3c5a0ad8e1fc5a8ea6a05ca8b6e5d5e2cdb6b0bd1c9c6' -d 'tampered'
# call: /etag?path=/static/app.js
# call: /token?user=alice&expires=1700000000
# call: /verify?token=alice.1700000000.07b7ecbb3668bea8dbb5446b
# call: /verify?token=alice.1700000001.07b7ecbb3668bea8dbb5446b
# call: /password?pw=correct%20horse&salt=NaCl
# call: /short?url=https://example.com/a/very/long/path?x=1
# Handlers of the kind that use hashlib and hmac: a webhook whose body
# is checked against an HMAC-SHA256 header with compare_digest (the
# signature the first request carries is computed, the second is wrong),
# ETags, signed expiring tokens, a salted iterated password hash and
# short content-addressed ids.
import hashlib
import hmac
from mayfly import request

SECRET = b"webhook-secret"
SIGNING_KEY = "s3cr3t-k3y".encode()


def sign(payload: bytes) -> str:
    return "sha256=" + hmac.new(SECRET, payload, hashlib.sha256).hexdigest()


def webhook():
    body = request.body.encode() if isinstance(request.body, str) else request.body
    expected = sign(body)
    given = request.headers.get("x-signature", "")
    ok = hmac.compare_digest(expected, given)
    return {"expected": expected, "given": given, "valid": ok, "sha1": hashlib.sha1(body).hexdigest()}


def etag():
    path = request.args.get("path", "/")
    content = ("// generated for " + path + "\n") * 40
    tag = hashlib.md5(content.encode("utf-8")).hexdigest()
    weak = 'W/"' + hashlib.sha1(content.encode()).hexdigest()[:16] + '"'
    return ("ok", 200, {"ETag": '"' + tag + '"', "X-Weak": weak})


def token():
    user = request.args.get("user", "")
    expires = request.args.get("expires", "0")
    payload = f"{user}.{expires}"
    mac = hmac.new(SIGNING_KEY, payload.encode(), "sha256").hexdigest()[:24]
    return {"token": f"{payload}.{mac}", "alg": hmac.new(SIGNING_KEY, digestmod="sha256").name}


def verify():
    user, expires, mac = request.args.get("token", "..").split(".", 2)
    good = hmac.new(SIGNING_KEY, f"{user}.{expires}".encode(), "sha256").hexdigest()[:24]
    return {"user": user, "valid": hmac.compare_digest(good, mac), "good": good}


def password():
    pw = request.args.get("pw", "")
    salt = request.args.get("salt", "")
    h = hashlib.sha256((salt + pw).encode())
    digest = h.digest()
    for _ in range(200):
        digest = hashlib.sha256(digest + salt.encode()).digest()
    return {"hash": digest.hex(), "first": h.hexdigest(), "len": len(digest)}


def short():
    url = request.args.get("url", "")
    full = hashlib.sha512(url.encode()).digest()
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    n = int.from_bytes(full[:8], "big")
    code = ""
    while len(code) < 8:
        n, r = divmod(n, 62)
        code += alphabet[r]
    blake_free = hashlib.sha384(url.encode()).hexdigest()[:12]
    return {"code": code, "sha384": blake_free, "md5": hashlib.md5(url.encode()).digest()[:4].hex()}


ROUTES = {"/webhook": webhook, "/etag": etag, "/token": token, "/verify": verify,
          "/password": password, "/short": short}


def on_client_request():
    handler = ROUTES.get(request.path)
    if handler is None:
        return ("not found", 404)
    return handler()
