"""How the shop prints a receipt (run: python report.py order-1042.txt)."""

import sys

from receipt import format_receipt

if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as handle:
        print(format_receipt(handle.read(), coupon_percent=10))
