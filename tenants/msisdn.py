from flask import Flask, jsonify

app = Flask(__name__)

@app.route('/api/v2/<msisdn>', methods=['GET'])
def get_status(msisdn):
    response = {
        "msisdn": msisdn,
        "status": "ok"
    }
    return jsonify(response)

if __name__ == '__main__':
    app.run()
