# textwrap.wrap, fill and shorten: CPython's chunks (hyphenated words,
# em-dashes, whitespace runs), long words cut (at a hyphen when one fits),
# indents, max_lines with its placeholder, fix_sentence_endings, tabs and
# the other options, and the errors for a bad width or placeholder.
import textwrap
from textwrap import wrap, fill, shorten

TEXT = ("The quick brown fox jumped over the lazy dog's back -- twice!  "
        "Well-known self-contained e-mail addresses: a-b-c-d, x--y, --z, "
        "co-op; re-e-entry\tand\ttabs. ÉLAN vital-énergie café-crème ½-way "
        "2-3 a_b-c_d.")


def attempt(f):
    try:
        return repr(f())
    except (ValueError, TypeError, AttributeError) as e:
        return type(e).__name__ + ": " + str(e)


def on_client_request():
    out = []
    for w in [1, 3, 7, 10, 12, 20, 33, 70]:
        out.append(repr(wrap(TEXT, w)))
    out.append(fill(TEXT, 30, initial_indent="* ", subsequent_indent="    "))
    out.append(repr(wrap(TEXT, 15, break_on_hyphens=False)))
    out.append(repr(wrap(TEXT, 15, break_on_hyphens=1)))
    out.append(repr(wrap(TEXT, 8, break_long_words=False)))
    out.append(repr(wrap(TEXT, 25, drop_whitespace=False)))
    out.append(repr(wrap(TEXT, 25, expand_tabs=False, replace_whitespace=False)))
    out.append(repr(wrap(TEXT, 25, tabsize=3, replace_whitespace=False)))
    out.append(repr(wrap("Hi there.  Sure! \"Yes.\" ok? Dr. Who", 12, fix_sentence_endings=True)))
    for m in [1, 2, 3]:
        out.append(repr(wrap(TEXT, 20, max_lines=m)))
        out.append(repr(wrap(TEXT, 20, max_lines=m, placeholder="...")))
    out.append(repr(wrap("aaaa bbbb cccc dddd", 9, max_lines=2, placeholder=" [..]")))
    out.append(repr(wrap("short", 20, max_lines=1)))
    out.append(repr(wrap("a b c d e f", 5, max_lines=2, placeholder="~")))
    out.append(shorten("Hello  world!\n  How are you?", 12))
    out.append(shorten("Hello world!", 11))
    out.append(shorten("  Hello   world!  ", 20))
    out.append(shorten("Lorem ipsum dolor sit amet", 15, placeholder=" ..."))
    out.append(repr(wrap("", 10)) + repr(wrap("   ", 10)) + repr(fill("\n\n", 10)))
    out.append(repr(wrap("  leading space and trailing   ", 10)))
    out.append(repr(wrap("supercalifragilistic-expialidocious-word", 10)))
    out.append(repr(wrap("----------", 4)) + repr(wrap("a-----------b", 4)))
    out.append(repr(textwrap.wrap("one two", width=3, initial_indent="> ")))
    out.append(attempt(lambda: wrap("x", 0)))
    out.append(attempt(lambda: wrap("x", -2)))
    out.append(attempt(lambda: wrap("x y", 4, max_lines=1, placeholder=" [......]")))
    out.append(attempt(lambda: wrap(5)))
    out.append(attempt(lambda: wrap(5, expand_tabs=False)))
    out.append(attempt(lambda: wrap(5, expand_tabs=False, replace_whitespace=False)))
    out.append(attempt(lambda: shorten(5, 3)))
    return "\n".join(out)
