# string.Template: substitute and safe_substitute with a mapping, keywords
# or both (keywords win), $$, ${name}, CPython's errors (KeyError, the
# ValueError's line and column, re's TypeErrors), get_identifiers and
# is_valid, a subclass with its own delimiter, isinstance and the reprs.
from string import Template
import string


class Percent(Template):
    delimiter = "%"


class Word(Template):
    delimiter = "#x"


class Loud:
    def __str__(self):
        return "LOUD"


def attempt(f):
    try:
        return f()
    except (KeyError, ValueError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)


def on_client_request():
    out = []
    t = Template("$who likes ${what} $$ $x")
    out.append(repr(t.template))
    out.append(attempt(lambda: t.substitute(who="tim", what="kung")))
    out.append(t.substitute({"who": 1, "what": 2.5, "x": None}))
    out.append(t.safe_substitute(who="tim"))
    out.append(t.safe_substitute({"who": 1}, who=2, x=Loud()))
    out.append(str(t.get_identifiers()) + " " + str(t.is_valid()))
    for s in ["$", "a $ b", "x\n  $1", "ab\r\ncd\n${", "${a", "${1}",
              "$ab_1c!", "é$€", "\u2028$", "ab\n$", "$A $a", "$$$", "${a}b$_"]:
        tt = Template(s)
        out.append(attempt(lambda: tt.substitute(a=1, ab_1c=2, A=3, _=4)))
        out.append(tt.safe_substitute(a=1) + " " + str(tt.is_valid()) + " " + str(tt.get_identifiers()))
    out.append(attempt(lambda: Template("$x").substitute({}, {})))
    out.append(attempt(lambda: Template(5).substitute()))
    out.append(attempt(lambda: Template(b"$x").safe_substitute()))
    out.append(attempt(lambda: Template()))
    out.append(attempt(lambda: Template("a", template="b")))
    out.append(attempt(lambda: Template(s="b")))
    out.append(attempt(lambda: t.is_valid(1)))
    out.append(attempt(lambda: t.get_identifiers(k=1)))
    out.append(attempt(lambda: Template("$x $y").substitute({"x": 1}, z=2)))
    out.append(attempt(lambda: Template("$x").substitute([1])))
    out.append(Template(template="$k").substitute(k="kw"))
    out.append(Percent("%a %% $a %{a}").substitute(a=7))
    out.append(Word("#xa #XA #x#x #xb").safe_substitute(a=1, A=2))
    out.append(str((Percent.delimiter, Template.idpattern, Template.braceidpattern)))
    out.append(str((Template, Percent, isinstance(Percent("s"), Template), string.Template is Template)))
    out.append(repr(Template("x"))[:26] + " " + repr(Percent("x"))[:16])
    mapping = {"name": "mayfly", "n": 3}
    out.append(string.Template("${name} x$n").substitute(mapping))
    return "\n".join(out)
