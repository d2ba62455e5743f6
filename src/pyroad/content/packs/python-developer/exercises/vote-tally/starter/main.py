import sys


def main(argv):
    ballots = sys.stdin.readlines()
    # your code here


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
