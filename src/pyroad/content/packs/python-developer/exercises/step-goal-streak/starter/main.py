import sys


def main(argv):
    for line in sys.stdin:
        pass  # your code here


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
