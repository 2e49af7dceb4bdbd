# call: /notes
# call: /notes?page=2&per_page=3
# call: /notes?page=abc&per_page=2
# call: /notes?tag=work&q=meet
# call: /notes?per_page=100
# call: /notes?page=9
# call: /notes/4
# call: /notes/tags
from flask import Flask, jsonify, request, abort

app = Flask(__name__)

NOTES = [
    {"id": 1, "title": "Team meeting", "tag": "work", "body": "Discuss Q3 roadmap"},
    {"id": 2, "title": "Groceries", "tag": "home", "body": "eggs, milk, bread"},
    {"id": 3, "title": "Meet Sam", "tag": "personal", "body": "Coffee at 10"},
    {"id": 4, "title": "Standup notes", "tag": "work", "body": "Blocked on review; meet later"},
    {"id": 5, "title": "Book list", "tag": "personal", "body": "Dune, Emma"},
    {"id": 6, "title": "Invoice", "tag": "work", "body": "Send to ACME"},
    {"id": 7, "title": "Plumber", "tag": "home", "body": "Tuesday 9am"},
]

MAX_PER_PAGE = 5


def paginate(items, page, per_page):
    total = len(items)
    pages = max(1, (total + per_page - 1) // per_page)
    start = (page - 1) * per_page
    return {
        "items": items[start:start + per_page],
        "page": page,
        "per_page": per_page,
        "total": total,
        "pages": pages,
        "has_next": page < pages,
        "has_prev": page > 1,
    }


@app.route("/notes")
def list_notes():
    page = request.args.get("page", 1, type=int)
    per_page = min(request.args.get("per_page", 2, type=int), MAX_PER_PAGE)
    tag = request.args.get("tag")
    query = request.args.get("q", "").strip().lower()
    notes = NOTES
    if tag:
        notes = [n for n in notes if n["tag"] == tag]
    if query:
        notes = [n for n in notes if query in n["title"].lower() or query in n["body"].lower()]
    result = paginate(notes, page, per_page)
    if page > result["pages"]:
        abort(404, f"page {page} is out of range")
    return jsonify(result)


@app.route("/notes/<int:note_id>")
def get_note(note_id):
    note = next((n for n in NOTES if n["id"] == note_id), None)
    if note is None:
        abort(404)
    return jsonify(note)


@app.route("/notes/tags")
def tags():
    counts = {}
    for note in NOTES:
        counts[note["tag"]] = counts.get(note["tag"], 0) + 1
    return jsonify(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
