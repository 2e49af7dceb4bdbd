# call: /?algo=md5
# call: /?algo=sha1
# call: /?algo=sha224
# call: /?algo=sha256
# call: /?algo=sha384
# call: /?algo=sha512
# call: /?algo=hmac-sha256
# One megabyte hashed in one request, for each algorithm and an HMAC: it
# must fit in the default fuel budget (guest-sdk/LANGUAGE.md gives the
# fuel each algorithm takes per byte).
import hashlib
import hmac
from mayfly import request


def on_client_request():
    algo = request.args.get("algo", "sha256")
    data = bytes(range(256)) * 4096
    if algo.startswith("hmac-"):
        mac = hmac.new(b"key" * 30, data, algo[5:])
        return f"{len(data)} {mac.name} {mac.hexdigest()}\n"
    h = hashlib.new(algo, data)
    return f"{len(data)} {h.name} {h.hexdigest()}\n"
