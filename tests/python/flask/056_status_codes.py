# call: /jobs -X POST -H 'Content-Type: application/json' -d '{"task": "resize", "size": 3}'
# call: /jobs/1
# call: /jobs/2
# call: /jobs/3
# call: /jobs/9
# call: /teapot
# call: /limited
# call: /legacy
from flask import Flask, jsonify, make_response, request, abort

app = Flask(__name__)

JOBS = {
    1: {"state": "done", "result": [1, 2, 3]},
    2: {"state": "running", "progress": 0.42},
    3: {"state": "failed", "error": "out of memory"},
}


@app.route("/jobs", methods=["POST"])
def submit():
    spec = request.get_json()
    job_id = len(JOBS) + 1
    JOBS[job_id] = {"state": "queued", "spec": spec}
    resp = make_response(jsonify(id=job_id, state="queued"), 202)
    resp.headers["Location"] = f"/jobs/{job_id}"
    return resp


@app.route("/jobs/<int:job_id>")
def status(job_id):
    job = JOBS.get(job_id)
    if job is None:
        abort(make_response(jsonify(error="no such job", id=job_id), 404))
    if job["state"] == "running":
        resp = make_response(jsonify(job))
        resp.status_code = 206
        resp.headers["Retry-After"] = "5"
        return resp
    if job["state"] == "failed":
        return make_response(jsonify(job), 500, {"X-Job-Failed": "yes"})
    return jsonify(job)


@app.route("/teapot")
def teapot():
    return make_response("I refuse to brew coffee", 418)


@app.route("/limited")
def limited():
    abort(429, description="Slow down: 10 requests per minute")


@app.route("/legacy")
def legacy():
    resp = make_response("<p>Gone for good</p>")
    resp.status_code = 410
    return resp
