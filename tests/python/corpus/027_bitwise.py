def on_client_request():
    return repr([5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, 1 << 10, -16 >> 2, 255 >> 4, -1 & 0xFF])
