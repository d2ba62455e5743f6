"""Revenue per customer from the shop's order export."""


def build_report(text, min_total=0):
    """Return the revenue report for an order export (see the README)."""
    out = []
    totals = {}
    skipped = 0
    for line in text.splitlines():
        if line.strip() != "":
            if not line.startswith("#"):
                parts = line.split(";")
                if len(parts) == 4:
                    customer, item, qty, price = [p.strip() for p in parts]
                    if qty.isdigit() and customer != "":
                        try:
                            amount = int(qty) * float(price)
                        except ValueError:
                            skipped += 1
                        else:
                            if amount >= 0:
                                if customer in totals:
                                    totals[customer] += amount
                                else:
                                    totals[customer] = amount
                            else:
                                skipped += 1
                    else:
                        skipped += 1
                else:
                    skipped += 1
    for customer in sorted(totals, key=lambda c: (-totals[c], c)):
        if totals[customer] >= min_total:
            out.append(f"{customer}: {totals[customer]:.2f}")
    out.append(f"skipped lines: {skipped}")
    return "\n".join(out)
