def on_client_request():
    n = 42
    x = 3.14159
    s = "hi"
    return "|".join([f"{x:.2f}", f"{n:>6}", f"{n:05d}", f"{n:<5}|", f"{s:^7}", f"{s:*>6}", f"{-n:06d}", f"{x:10.3f}", f"{n:x}", f"{n:b}", f"{0.256:.1%}", f"{x:.0f}", "", f"{2.5:.0f}", f"{s:-<5}"])
