# deque.maxlen and defaultdict.default_factory are read as CPython's (a
# user class's own maxlen stays its own); other types' AttributeError.
from collections import deque, defaultdict, Counter
class K:
    def __init__(self):
        self.maxlen = "mine"
def on_client_request():
    q = deque([1], maxlen=3)
    out = [q.maxlen, deque().maxlen, defaultdict(list).default_factory, K().maxlen]
    for v in (Counter(), {}, [1]):
        try:
            out.append(v.default_factory)
        except AttributeError as e:
            out.append(str(e))
    try:
        out.append([].maxlen)
    except AttributeError as e:
        out.append(str(e))
    return repr(out)
