import sys

HEADINGS = ["north", "east", "south", "west"]


def main():
    for line in sys.stdin:
        pass  # your code here


if __name__ == "__main__":
    sys.exit(main())
