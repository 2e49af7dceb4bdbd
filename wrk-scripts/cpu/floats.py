# Float-heavy handler for the compiler benchmark: 200 computed floats that
# need up to 17 digits, written by json.dumps and read back by json.loads
# (repr and parsing: float.py, shortest.py, floatparse.py). Same source
# runs under python3 (bench.sh).
import json


def work():
    xs = []
    x = 0.1
    for i in range(200):
        x = x * 1.37 + 0.123
        if x > 1000.0:
            x = x / 997.0
        xs.append(x)
    text = json.dumps(xs)
    back = json.loads(text)
    return str(len(text)) + " " + str(back[199]) + " " + str(back == xs)


def on_client_request():
    return work()
