# import base64: standard and URL-safe base64, altchars, validate, base16,
# and binascii.Error (a ValueError) with CPython's messages, as a handler
# decoding a Basic auth header or a token would use them.
# call: / -H 'Authorization: Basic YWxpY2U6czNjcjN0'

import base64
from base64 import b64decode, urlsafe_b64encode
from mayfly import request


def attempt(f):
    try:
        return repr(f())
    except ValueError as e:
        return f"{type(e).__name__}: {e}"
    except TypeError as e:
        return f"TypeError: {e}"


def on_client_request():
    out = []
    kind, _, blob = request.headers.get("Authorization", "").partition(" ")
    user, _, password = base64.b64decode(blob).decode().partition(":")
    out.append((kind, user, password))
    for raw in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256)),
                "héllo wörld".encode()]:
        enc = base64.b64encode(raw)
        out.append((enc, b64decode(enc) == raw, urlsafe_b64encode(raw), base64.urlsafe_b64decode(urlsafe_b64encode(raw)) == raw))
    out += [base64.b64encode(b"\xfb\xff", b"-_"), base64.b64decode("-_8=", altchars=b"-_"),
            base64.standard_b64encode(b"std"), base64.standard_b64decode("c3Rk"),
            base64.b64decode("YW Jj\n"), base64.b64decode("YQ==YQ=="), base64.b64decode("YQ=a="),
            base64.b64decode("YWJj=YQ=="), base64.b64decode(b"YWJj", validate=True),
            base64.b16encode(b"\x00\xab\xff"), base64.b16decode("00ABFF"), base64.b16decode("abcd", casefold=True)]
    for bad in ["YQ", "YQ=", "Y", "YWJjZ", "YW*J", "é"]:
        out.append(attempt(lambda: base64.b64decode(bad)))
    for bad in ["YW Jj", "=YQ==", "YQ==YQ==", "YW=J", "YQ==\n"]:
        out.append(attempt(lambda: base64.b64decode(bad, validate=True)))
    out += [attempt(lambda: base64.b64encode("text")), attempt(lambda: base64.b64decode(5)),
            attempt(lambda: base64.b16decode("ab")), attempt(lambda: base64.b16decode("ABC")),
            attempt(lambda: base64.b16decode("zz"))]
    token = urlsafe_b64encode(b'{"user": 7}').rstrip(b"=")
    padded = token + b"=" * (-len(token) % 4)
    out.append((token, base64.urlsafe_b64decode(padded)))
    return "\n".join(map(str, out))
