import sys

HEADINGS = ["north", "east", "south", "west"]
STEPS = {"north": (0, 1), "east": (1, 0), "south": (0, -1), "west": (-1, 0)}
LIMIT = 10


def coordinate(text):
    """The int written in ``text`` if it is a whole number on the floor, else None."""
    whole = text.removeprefix("-").isdecimal()
    return int(text) if whole and abs(int(text)) <= LIMIT else None


def clamp(value):
    return max(-LIMIT, min(LIMIT, value))


def main():
    x = y = bumps = facing = 0
    for number, line in enumerate(sys.stdin, start=1):
        words = line.split("#")[0].split()
        if not words:
            continue
        match words:
            case ["stop"]:
                break
            case ["left"]:
                facing = (facing - 1) % 4
            case ["right"]:
                facing = (facing + 1) % 4
            case ["forward" | "back" as move, count] if count.isdecimal():
                sign = 1 if move == "forward" else -1
                dx, dy = STEPS[HEADINGS[facing]]
                wanted = (x + sign * dx * int(count), y + sign * dy * int(count))
                x, y = clamp(wanted[0]), clamp(wanted[1])
                if (x, y) != wanted:
                    bumps += 1
            case ["goto", gx, gy] if coordinate(gx) is not None and coordinate(gy) is not None:
                x, y = coordinate(gx), coordinate(gy)
            case _:
                print(f"line {number}: cannot run {line.strip()!r}")
                return 1
    print(f"position: {x} {y}")
    print(f"facing: {HEADINGS[facing]}")
    print(f"bumps: {bumps}")


if __name__ == "__main__":
    sys.exit(main())
