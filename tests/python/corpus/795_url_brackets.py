# Bracketed hosts as urlsplit 3.11 checks them (ipaddress's IPv6 rules,
# an IPv4 refused, the IPvFuture pattern), '[' or ']' alone, text before
# a bracket or between ']' and ':', and the NFKC check of non-ASCII
# netlocs (the characters whose NFKC form holds '/', '?', '#', '@' or
# ':' are refused, others pass).
from urllib.parse import urlsplit

HOSTS = [
    "::", "::1", "1::", "1::2", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9",
    "1::2::3", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:", "::1:2:3:4:5:6:7", "1:2:3:4:5:6:7::",
    "1:2:3:4::5:6:7:8", "12345::", "abcd::EF01", "g::1", "::ffff:1.2.3.4", "::1.2.3.4",
    "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "::1.2.3", "::1.2.3.256", "::01.2.3.4",
    "::0.0.0.0", "1.2.3.4", "01.2.3.4", "fe80::1%eth0", "fe80::1%", "fe80::1%a%b", "%x",
    "", ":", ":::", "1:", ":1", "a:b", "a:b:c", "::%1", "v1.x", "v.x", "vg.x", "v1.", "v1",
    "V1.x", "v1.x\ny", "vff.:", "1::2:3:4:5:6:7", "::2:3:4:5:6:7:8", "1:2:3:4:5:6::",
    " ::1", "::1 ", "::１",
]

NETLOCS = [
    "[::1]", "[::1]:80", "x[::1]", "[::1]x", "[::1]:x", "u@[::1]", "[::1]@h", "[::1", "::1]",
    "u@x[::1]", "[a]@[::1]:9", "[::1]]", "[[::1]", "ａ.example", "a℀b", "a／b", "a？b",
    "a＃b", "a＠b", "a：b", "a﹕b", "a⁇b", "a⩴b", "ü@ℌ", "x︓y", "x︖y", "x﹖y", "x﹟y",
    "x﹫y", "x℁y", "x℅y", "x℆y", "x⁈y", "x⁉y",
]


def on_client_request():
    out = []
    for h in HOSTS:
        for nl in ["[" + h + "]", "u@[" + h + "]:1"]:
            try:
                r = urlsplit("http://" + nl + "/p")
                out.append(repr(nl) + " ok " + repr(r.hostname) + " " + repr(r.port))
            except ValueError as e:
                out.append(repr(nl) + " ValueError: " + str(e))
    for nl in NETLOCS:
        try:
            r = urlsplit("//" + nl + "/p")
            out.append(repr(nl) + " ok " + repr(r.hostname))
        except ValueError as e:
            out.append(repr(nl) + " ValueError: " + str(e))
    return "\n".join(out) + "\n"
