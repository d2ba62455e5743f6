"""The expense tracker. Everything lives here for now."""
import csv
from datetime import date


class ExpenseApp:
    """Records expenses in a CSV file and builds monthly reports."""

    def __init__(self, path):
        self.path = path

    def record(self, day, category, cents):
        """Store one expense; day is 'YYYY-MM-DD', cents a positive int."""
        parsed = date.fromisoformat(day)
        category = category.strip().lower()
        if cents <= 0 or not category:
            raise ValueError("bad expense")
        with open(self.path, "a", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerow([parsed.isoformat(), category, cents])

    def _rows(self, month):
        try:
            with open(self.path, encoding="utf-8", newline="") as handle:
                rows = list(csv.reader(handle))
        except FileNotFoundError:
            return []
        return [(c, int(n)) for d, c, n in rows if d.startswith(month + "-")]

    def total(self, month):
        """The sum of the month's expenses ('YYYY-MM'), in cents."""
        return sum(n for _, n in self._rows(month))

    def report(self, month, limits):
        """The month's totals per category, and the categories over their limit."""
        totals = {}
        for category, cents in sorted(self._rows(month)):
            totals[category] = totals.get(category, 0) + cents
        lines = [f"Expenses for {month}"]
        for category, cents in totals.items():
            lines.append(f"  {category:<12}{cents // 100:>7}.{cents % 100:02d}")
        everything = sum(totals.values())
        lines.append(f"  {'total':<12}{everything // 100:>7}.{everything % 100:02d}")
        for category, cents in totals.items():
            if category in limits and cents > limits[category]:
                over = cents - limits[category]
                lines.append(f"! {category} is over budget by {over // 100}.{over % 100:02d}")
        return "\n".join(lines)
