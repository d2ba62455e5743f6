import sys


def main(argv):
    if argv not in ([], ["--lines-only"]):
        print("usage: main.py [--lines-only]", file=sys.stderr)
        return 2
    text = sys.stdin.read()
    lines = text.count("\n") + (1 if text and not text.endswith("\n") else 0)
    if argv == ["--lines-only"]:
        print(lines)
    else:
        print(lines, len(text.split()), len(text))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
