def on_client_request():
    xs = [3, 1, 2]
    xs.append(5)
    xs.extend([9, 0])
    xs.insert(1, 7)
    xs.insert(-1, 8)
    xs.insert(100, 4)
    p = xs.pop()
    p0 = xs.pop(0)
    xs.remove(9)
    i = xs.index(2)
    c = xs.count(1)
    ys = xs.copy()
    xs.sort()
    ys.sort(reverse=True)
    zs = ["bb", "a", "ccc"]
    zs.sort(key=lambda z: len(z))
    zs.reverse()
    return repr([xs, ys, zs, p, p0, i, c])
