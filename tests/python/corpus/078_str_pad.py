def on_client_request():
    return repr(["ab".center(7, "*"), "ab".center(6), "ab".ljust(5, "."), "ab".rjust(5), "42".zfill(5), "-42".zfill(6), "abcdef".center(3)])
