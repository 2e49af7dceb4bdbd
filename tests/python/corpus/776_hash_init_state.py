# call: /
# call: /again
# Hash and HMAC objects made at load (module level and on_init) are in
# the image: each request copies or feeds them from the state after
# load, so the update a request makes to BASE is gone at the next one.
import hashlib
import hmac

ETAG = hashlib.md5(b"static content").hexdigest()
SIGNER = hmac.new(b"init-key", digestmod="sha1")
SIGNER.update(b"prefix:")
BASE = hashlib.sha256(b"base-")


def on_init():
    global WARM
    WARM = hashlib.sha512(b"warm").hexdigest()[:16]


def on_client_request():
    s = SIGNER.copy()
    s.update(b"req")
    b = BASE.copy()
    b.update(b"x")
    BASE.update(b"mutated")
    return f"{ETAG} {WARM} {s.hexdigest()} {b.hexdigest()[:16]} {BASE.hexdigest()[:16]}\n"
