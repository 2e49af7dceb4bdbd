def on_client_request():
    s = "  Hello, Wörld  "
    t = s.strip()
    parts = [t.lower(), t.upper(), t.swapcase(), t.title(), len(t), t[0], t[-1], t[1:5], t[::-1], t[::2]]
    parts.append("a,b,,c".split(","))
    parts.append(" x  y z ".split())
    parts.append("-".join(["a", "b", "c"]))
    parts.append(t.replace("l", "L"))
    parts.append(t.find("W"))
    parts.append(t.count("l"))
    parts.append("42".zfill(5))
    parts.append("ab".center(7, "*"))
    parts.append("x".ljust(3) + "|" + "y".rjust(3))
    parts.append(["abc".isalpha(), "123".isdigit(), "a1".isalnum(), " ".isspace()])
    parts.append("hello world".capitalize())
    parts.append("Wö" in t)
    return repr(parts)
