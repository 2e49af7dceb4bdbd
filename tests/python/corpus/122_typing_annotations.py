# Type hints are accepted and ignored, as CPython ignores them at run
# time: `from __future__ import annotations`, `import typing`, names from
# typing in annotations of parameters, returns and variables, an
# `if TYPE_CHECKING:` block (never run, so its import is never made),
# and the module's __name__, which is never "__main__" for a tenant.
from __future__ import annotations

import typing
from typing import TYPE_CHECKING, Dict, List, Optional, Tuple

if TYPE_CHECKING:
    from collections import OrderedDict
elif typing.TYPE_CHECKING:
    import os
else:
    mode: str = "runtime"

LIMIT: int = 3
names: List[str] = ["ada", "bob", "cy", "dee"]
pending: Optional[int]


def first(xs: List[str], n: int = LIMIT) -> List[str]:
    out: List[str] = []
    for x in xs[:n]:
        out.append(x.upper())
    return out


def lookup(table: Dict[str, int], key: str) -> Optional[int]:
    value: Optional[int] = table.get(key)
    return value


def pair(a: "OrderedDict[str, int]", b: typing.Any) -> Tuple[int, ...]:
    return (len(a), b)


def on_client_request() -> str:
    table: dict[str, int] = {"ada": 1, "bob": 2}
    parts = [
        ",".join(first(names)),
        str(lookup(table, "bob")),
        str(lookup(table, "zed")),
        str(pair({"k": 1}, 7)),
        mode,
        str(typing.TYPE_CHECKING),
        str(TYPE_CHECKING),
        __name__,
        str(__name__ == "__main__"),
    ]
    try:
        print(pending)
    except NameError as e:
        parts.append(str(e))
    return "\n".join(parts) + "\n"
