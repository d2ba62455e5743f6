import sys


def main(argv):
    # your code here
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
