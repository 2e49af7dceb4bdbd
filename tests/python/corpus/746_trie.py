# call: /?q=ca
# call: /?q=do&k=2
# call: /?q=zz
# A trie with insert, prefix counting, autocomplete ranked by frequency.
from mayfly import request

WORDS = "cat car cart carbon care cared dog dot dote doting cat car cab cable do door dorm cat".split()


class Node:
    __slots__ = ("kids", "count", "end")

    def __init__(self):
        self.kids = {}
        self.count = 0
        self.end = 0


class Trie:
    def __init__(self, words=()):
        self.root = Node()
        self.size = 0
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.kids.setdefault(ch, Node())
            node.count += 1
        if node.end == 0:
            self.size += 1
        node.end += 1

    def _walk(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.kids.get(ch)
            if node is None:
                return None
        return node

    def complete(self, prefix, k=3):
        start = self._walk(prefix)
        found = []

        def dfs(node, acc):
            if node.end:
                found.append((acc, node.end))
            for ch in sorted(node.kids):
                dfs(node.kids[ch], acc + ch)

        if start is not None:
            dfs(start, prefix)
        found.sort(key=lambda p: (-p[1], len(p[0]), p[0]))
        return found[:k]

    def __contains__(self, word):
        node = self._walk(word)
        return bool(node and node.end)

    def __len__(self):
        return self.size


def on_client_request():
    t = Trie(WORDS)
    q = request.args.get("q", "")
    k = int(request.args.get("k", "3"))
    node = t._walk(q)
    lines = [
        f"distinct={len(t)} total={len(WORDS)}",
        f"prefix {q!r}: {node.count if node else 0} words pass through",
        f"exact: {q in t}",
    ]
    for word, n in t.complete(q, k):
        lines.append(f"  {word:<8}{'#' * n}")
    if not t.complete(q, k):
        lines.append("  (no suggestions)")
    return "\n".join(lines)
