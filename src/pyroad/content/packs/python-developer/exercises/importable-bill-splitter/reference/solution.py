import sys

USAGE = "usage: solution.py AMOUNT TIP_PERCENT PEOPLE"


def split_bill(total_cents, tip_percent, people):
    """Return ``(tip_cents, share_cents)`` for a bill split between ``people``."""
    if total_cents < 0 or tip_percent < 0 or people < 1:
        raise ValueError("the amount and tip must not be negative, and people must be at least 1")
    tip_cents = total_cents * tip_percent // 100
    share_cents = -(-(total_cents + tip_cents) // people)
    return tip_cents, share_cents


def main(argv):
    """Run the command line: ``argv`` holds the arguments without the program name."""
    if len(argv) != 3:
        print(USAGE, file=sys.stderr)
        return 2
    tip_cents, share_cents = split_bill(round(float(argv[0]) * 100), int(argv[1]), int(argv[2]))
    print(f"tip: {tip_cents / 100:.2f}")
    print(f"each: {share_cents / 100:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
