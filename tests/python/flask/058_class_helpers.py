# call: /books
# call: /books?author=Le+Guin&sort=-year
# call: /books/2
# call: /books/77
# call: /books -X POST -H 'Content-Type: application/json' -d '{"title": "Kindred", "author": "Octavia Butler", "year": 1979}'
# call: /books -X POST -H 'Content-Type: application/json' -d '{"title": ""}'
# call: /books/stats
from flask import Flask, jsonify, request, abort

app = Flask(__name__)


class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


class Book:
    def __init__(self, book_id, title, author, year):
        self.id = book_id
        self.title = title
        self.author = author
        self.year = year

    def age(self):
        return 2024 - self.year

    def serialize(self):
        return {"id": self.id, "title": self.title, "author": self.author, "year": self.year, "age": self.age()}

    def __repr__(self):
        return f"Book({self.id!r}, {self.title!r})"


def book_from_json(book_id, data):
    title = (data.get("title") or "").strip()
    if not title:
        raise ValidationError("title", "must not be empty")
    if not isinstance(data.get("year"), int):
        raise ValidationError("year", "must be an integer")
    return Book(book_id, title, data.get("author", "anonymous"), data["year"])


class Repository:
    def __init__(self, rows):
        self._rows = {}
        for row in rows:
            self.add(Book(*row))

    def add(self, book):
        self._rows[book.id] = book
        return book

    def next_id(self):
        return max(self._rows, default=0) + 1

    def get_or_404(self, book_id):
        book = self._rows.get(book_id)
        if book is None:
            abort(404, description=f"Book {book_id} not found")
        return book

    def query(self, author=None, sort="id"):
        books = [b for b in self._rows.values() if author is None or b.author == author]
        key = sort.lstrip("-")
        return sorted(books, key=lambda b: getattr(b, key), reverse=sort.startswith("-"))

    def __len__(self):
        return len(self._rows)


books = Repository([
    (1, "The Dispossessed", "Le Guin", 1974),
    (2, "A Wizard of Earthsea", "Le Guin", 1968),
    (3, "Neuromancer", "William Gibson", 1984),
])


@app.get("/books")
def list_books():
    found = books.query(request.args.get("author"), request.args.get("sort", "id"))
    return jsonify([b.serialize() for b in found])


@app.get("/books/<int:book_id>")
def get_book(book_id):
    return jsonify(books.get_or_404(book_id).serialize())


@app.post("/books")
def add_book():
    try:
        book = book_from_json(books.next_id(), request.get_json())
    except ValidationError as e:
        return jsonify(error=str(e), field=e.field), 400
    books.add(book)
    return jsonify([book.serialize(), repr(book)]), 201


@app.get("/books/stats")
def stats():
    years = [b.year for b in books.query()]
    return {"count": len(books), "oldest": min(years), "newest": max(years)}
