# call: /c -H 'Cookie: session=abc; theme=dark'
# call: /c
from flask import Flask, request

app = Flask(__name__)


@app.route("/c")
def c():
    return {"session": request.cookies.get("session"), "theme": request.cookies.get("theme", "light")}
