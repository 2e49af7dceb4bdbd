def on_client_request():
    assert 1 + 1 == 2
    try:
        assert 1 > 2, "math"
    except AssertionError as e:
        return "assert: " + str(e)
    return "no"
