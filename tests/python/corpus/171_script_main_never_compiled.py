# A script's main() that only the `if __name__ == "__main__":` block
# calls (reading input(), printing a report) is never run by a tenant,
# so it is not compiled: its input() refuses nothing. Helpers it shares
# with the handler are compiled as usual.
def parse(line):
    return [int(x) for x in line.split()]


def report(nums):
    print("sum:", sum(nums))


def main():
    line = input("numbers: ")
    nums = parse(line)
    report(nums)
    helper_only_for_main()


def helper_only_for_main():
    return open("/etc/hosts").read()


def on_client_request():
    return repr(parse("1 2 3")) + "\n"


if __name__ == "__main__":
    main()
