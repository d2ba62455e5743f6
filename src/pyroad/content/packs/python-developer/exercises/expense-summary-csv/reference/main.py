import csv
import sys

HEADER = ["date", "category", "amount"]


def read_totals(path):
    totals = {}
    with open(path, newline="", encoding="utf-8") as file:
        reader = csv.reader(file)
        if next(reader, None) != HEADER:
            raise ValueError("the first line must be date,category,amount")
        for row in reader:
            if not row:
                continue
            if len(row) != 3:
                raise ValueError(f"line {reader.line_num}: expected 3 fields")
            category = row[1].strip().lower()
            cents = round(float(row[2]) * 100)
            count, total = totals.get(category, (0, 0))
            totals[category] = (count + 1, total + cents)
    return totals


def main(argv):
    if len(argv) != 2:
        print("usage: main.py EXPENSES SUMMARY", file=sys.stderr)
        return 2
    source, target = argv
    try:
        totals = read_totals(source)
    except (OSError, ValueError) as error:
        print(f"error: {source}: {error}", file=sys.stderr)
        return 1
    rows = sorted(totals.items(), key=lambda pair: (-pair[1][1], pair[0]))
    with open(target, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["category", "count", "total"])
        for category, (count, cents) in rows:
            writer.writerow([category, count, f"{cents / 100:.2f}"])
    print(f"{len(rows)} categories written to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
