# textwrap against generated texts: a small linear congruential generator
# builds texts from words, hyphens, dashes, punctuation, tabs, newlines
# and non-ASCII letters, wrapped at many widths with several option sets;
# the output is every line, so any difference in chunking shows.
import textwrap

PIECES = ["a", "bb", "ccc", "word", "Hyphen-ated", "x-y-z", "--", "---", "-", "e-", "-f",
          "a--b", "1-2", "ab-1", "é-à", "½-x", "co-op", "!", "?", ".", ",", "'q'", "\"", "&",
          " ", "  ", "\t", "\n", "\r\n", "\x0b", "\xa0", "longlonglongword", "_-_", "x_-y"]

state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


def text():
    return "".join(PIECES[rand(len(PIECES))] for _ in range(rand(30) + 1))


def on_client_request():
    out = []
    for i in range(150):
        t = text()
        w = rand(20) + 1
        opts = rand(6)
        if opts == 0:
            r = textwrap.wrap(t, w)
        elif opts == 1:
            r = textwrap.wrap(t, w, break_on_hyphens=False)
        elif opts == 2:
            r = textwrap.wrap(t, w, break_long_words=False, drop_whitespace=False)
        elif opts == 3:
            r = textwrap.wrap(t, w + 4, max_lines=rand(3) + 1, placeholder=" ~")
        elif opts == 4:
            r = textwrap.wrap(t, w + 2, initial_indent="> ", subsequent_indent="  ", fix_sentence_endings=True)
        else:
            r = [textwrap.shorten(t, w + 6)]
        out.append(repr(r))
    return "\n".join(out)
