# call: /order -X POST -d '{"items": [{"qty": 2, "price": 1.5}, {"qty": 1, "price": 10}]}'
from mayfly import request


def on_client_request():
    data = request.json()
    total = sum(item["qty"] * item["price"] for item in data["items"])
    return {"total": total, "count": len(data["items"]), "method": request.method}
