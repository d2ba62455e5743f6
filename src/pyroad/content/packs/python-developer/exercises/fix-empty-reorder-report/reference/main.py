"""Print the stock report: python main.py STOCK_FILE"""

import sys

from inventory import build_report, read_stock


def main(argv):
    if len(argv) != 1:
        print("usage: main.py STOCK_FILE", file=sys.stderr)
        return 2
    path = argv[0]
    try:
        with open(path, encoding="utf-8") as file:
            report = build_report(read_stock(file))
    except FileNotFoundError:
        print(f"error: {path} not found", file=sys.stderr)
        return 1
    except ValueError as error:
        print(f"error: {path}: {error}", file=sys.stderr)
        return 1
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
