# Split a restaurant bill between friends.
# Usage: python solution.py AMOUNT TIP_PERCENT PEOPLE
import sys

total_cents = round(float(sys.argv[1]) * 100)
tip_percent = int(sys.argv[2])
people = int(sys.argv[3])

tip_cents = total_cents * tip_percent // 100
share_cents = (total_cents + tip_cents) // people

print(f"tip: {tip_cents / 100:.2f}")
print(f"each: {share_cents / 100:.2f}")
