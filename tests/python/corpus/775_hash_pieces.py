# call: /?algo=sha256
# call: /?algo=sha512
# call: /?algo=md5
# 256 KiB fed in 4 KiB pieces of a memoryless loop, as a handler
# streaming a body would, and the digest read between updates.
import hashlib
from mayfly import request


def on_client_request():
    algo = request.args.get("algo", "sha256")
    chunk = bytes(range(256)) * 16
    h = hashlib.new(algo)
    marks = []
    for i in range(64):
        h.update(chunk)
        if i % 16 == 15:
            marks.append(h.hexdigest()[:12])
    whole = hashlib.new(algo, chunk * 64).hexdigest()
    return f"{h.hexdigest() == whole} {marks}\n"
