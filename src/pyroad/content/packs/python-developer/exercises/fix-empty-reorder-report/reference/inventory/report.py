"""The stock report that is printed every morning."""


def total_value(items):
    """What the stock is worth: the sum of quantity times unit cost."""
    return sum(item["quantity"] * item["unit_cost"] for item in items)


def low_stock(items):
    """Items at or below their reorder level, fewest units first (then by SKU)."""
    low = [item for item in items if item["quantity"] <= item["reorder_level"]]
    return sorted(low, key=lambda item: (item["quantity"], item["sku"]))


def build_report(items):
    """The report as text: the stock value, then what to reorder."""
    items = list(items)  # read_stock yields its items once; the report goes over them twice
    lines = [f"Stock value: {total_value(items):.2f}"]
    to_reorder = low_stock(items)
    if to_reorder:
        lines.append("Reorder:")
        for item in to_reorder:
            lines.append(
                f"  {item['sku']} {item['name']}: {item['quantity']} left"
                f" (reorder at {item['reorder_level']})"
            )
    else:
        lines.append("Nothing to reorder.")
    return "\n".join(lines)
