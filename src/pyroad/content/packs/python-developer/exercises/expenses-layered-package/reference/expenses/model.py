from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Expense:
    day: date
    category: str
    cents: int

    def __post_init__(self):
        if self.cents <= 0:
            raise ValueError("an expense is a positive amount of cents")
        if not self.category.strip():
            raise ValueError("an expense needs a category")


def in_month(expenses, month):
    return [e for e in expenses if e.day.strftime("%Y-%m") == month]


def totals_by_category(expenses):
    totals = {}
    for expense in sorted(expenses, key=lambda e: e.category):
        totals[expense.category] = totals.get(expense.category, 0) + expense.cents
    return totals


def over_budget(totals, limits):
    return [
        (category, spent, limits[category])
        for category, spent in sorted(totals.items())
        if category in limits and spent > limits[category]
    ]
