import sys

USAGE = "usage: main.py GOAL   (GOAL: steps per day, a whole number of at least 1)"


def main(argv):
    goal = " ".join(argv)  # one argument made of digits only; anything else fails isdecimal
    if not goal.isdecimal() or int(goal) < 1:
        print(USAGE, file=sys.stderr)
        return 2
    goal = int(goal)
    days = met = streak = best = 0
    for line in sys.stdin:
        fields = line.split()
        if not fields or fields[0].startswith("#"):
            continue
        if len(fields) != 2 or not fields[1].isdecimal():
            sys.exit(f"cannot read this line: {line.strip()}")
        days += 1
        if int(fields[1]) >= goal:
            met += 1
            streak += 1
            if streak == 1:
                first = fields[0]
            if streak > best:
                best, best_from, best_to = streak, first, fields[0]
        else:
            streak = 0
    print(f"days: {days}")
    print(f"goal met: {met}")
    if best:
        print(f"longest streak: {best} ({best_from} to {best_to})")
    else:
        print("longest streak: 0")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
