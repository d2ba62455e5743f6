from .model import in_month, over_budget, totals_by_category


def _money(cents):
    return f"{cents // 100}.{cents % 100:02d}"


def monthly_report(expenses, month, limits):
    totals = totals_by_category(in_month(expenses, month))
    lines = [f"Expenses for {month}"]
    lines += [f"  {category:<12}{_money(cents):>10}" for category, cents in totals.items()]
    lines.append(f"  {'total':<12}{_money(sum(totals.values())):>10}")
    lines += [
        f"! {category} is over budget by {_money(spent - limit)}"
        for category, spent, limit in over_budget(totals, limits)
    ]
    return "\n".join(lines)
