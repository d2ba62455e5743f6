import sys
from collections import Counter

USAGE = "usage: main.py [--top N]"


def main(argv):
    match argv:
        case []:
            top = None
        case ["--top", count] if count.isdecimal() and int(count) > 0:
            top = int(count)
        case _:
            print(USAGE, file=sys.stderr)
            return 2
    votes = Counter()
    blank = 0
    for line in sys.stdin:
        choice = " ".join(line.split()).lower()
        if choice:
            votes[choice] += 1
        else:
            blank += 1
    ranking = sorted(votes.items(), key=lambda item: (-item[1], item[0]))
    for name, count in ranking[:top]:
        print(f"{name}: {count}")
    print(f"total: {votes.total()}")
    print(f"blank: {blank}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
