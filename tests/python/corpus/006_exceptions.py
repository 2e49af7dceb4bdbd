def risky(n):
    if n == 0:
        raise ValueError("zero!")
    return 10 // n


def on_client_request():
    log = []
    for n in [2, 0, 5]:
        try:
            log.append(risky(n))
        except ValueError as e:
            log.append("caught " + str(e))
        finally:
            log.append("f")
    try:
        {}["missing"]
    except KeyError as e:
        log.append(repr(str(e)))
    try:
        [1][3]
    except (IndexError, TypeError) as e:
        log.append(str(e))
    try:
        1 / 0
    except ArithmeticError as e:
        log.append(str(e))
    return log
