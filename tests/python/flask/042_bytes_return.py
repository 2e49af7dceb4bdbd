# call: /raw
# call: /raw-status
# call: /encoded
# call: /made
from flask import Flask, make_response

app = Flask(__name__)


@app.route('/raw')
def raw():
    return b'plain bytes'


@app.route('/raw-status')
def raw_status():
    return b'created', 201, {'X-Kind': 'bytes'}


@app.route('/encoded')
def encoded():
    return 'h\u00e9llo \u2603'.encode()


@app.route('/made')
def made():
    resp = make_response(b'made from bytes')
    resp.headers['Content-Type'] = 'application/octet-stream'
    return resp
