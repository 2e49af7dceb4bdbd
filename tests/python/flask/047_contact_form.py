# call: /contact
# call: /contact -X POST -H 'Content-Type: application/x-www-form-urlencoded' -d 'name=Ada+Lovelace&email=ada%40example.com&message=Hello+there%21&topics=billing&topics=support'
# call: /contact -X POST -H 'Content-Type: application/x-www-form-urlencoded' -d 'name=&email=bad&message='
# call: /contact -X POST -H 'Content-Type: application/x-www-form-urlencoded' -d 'name=<b>Bob</b>&email=b%40b.io&message=x'
# call: /subscribe -X POST -H 'Content-Type: application/x-www-form-urlencoded' -d 'email=z%40z.org'
# call: /subscribe -X POST -H 'Content-Type: application/x-www-form-urlencoded' -d 'mail=z'
# call: /contact -X PUT
from flask import Flask, request, redirect, url_for

app = Flask(__name__)

FORM = """<!doctype html>
<title>Contact</title>
<form method="post">
  <input name="name" value="{name}">
  <input name="email" value="{email}">
  <textarea name="message">{message}</textarea>
  <button>Send</button>
</form>
{errors}"""


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def validate(form):
    errors = []
    if not form.get("name", "").strip():
        errors.append("Name is required.")
    if "@" not in form.get("email", ""):
        errors.append("Enter a valid email address.")
    if len(form.get("message", "")) < 1:
        errors.append("Message cannot be empty.")
    return errors


@app.route("/contact", methods=["GET", "POST"])
def contact():
    values = {"name": "", "email": "", "message": ""}
    errors = []
    if request.method == "POST":
        for key in values:
            values[key] = request.form.get(key, "")
        errors = validate(request.form)
        if not errors:
            topics = request.form.getlist("topics")
            name = escape(values["name"])
            return f"<p>Thanks, {name}! We'll reply to {escape(values['email'])} about {', '.join(topics) or 'anything'}.</p>"
    error_html = "".join(f"<li>{e}</li>" for e in errors)
    page = FORM.format(
        name=escape(values["name"]),
        email=escape(values["email"]),
        message=escape(values["message"]),
        errors=f"<ul class=errors>{error_html}</ul>" if errors else "",
    )
    return page, 400 if errors else 200


@app.route("/subscribe", methods=["POST"])
def subscribe():
    email = request.form["email"]
    return redirect(url_for("thanks", who=email))


@app.route("/thanks")
def thanks():
    return "Subscribed " + request.args.get("who", "?")
