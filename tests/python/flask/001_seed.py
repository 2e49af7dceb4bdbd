# call: /api/v2/1234567890
# call: /api/v2/abc
# call: /api/v2/ -X GET
# call: /api/v2/123 -X POST
# call: /api/v2/123 -X HEAD
# call: /api/v2/123 -X OPTIONS
# call: /nope
from flask import Flask, jsonify

app = Flask(__name__)


@app.route('/api/v2/<msisdn>', methods=['GET'])
def get_status(msisdn):
    response = {"msisdn": msisdn, "status": "ok"}
    return jsonify(response)


if __name__ == '__main__':
    app.run()
