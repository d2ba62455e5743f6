from datetime import date

from .model import Expense, in_month
from .report import monthly_report


class ExpenseApp:
    def __init__(self, store):
        self._store = store

    def record(self, day, category, cents):
        expense = Expense(date.fromisoformat(day), category.strip().lower(), cents)
        self._store.add(expense)
        return expense

    def total(self, month):
        return sum(e.cents for e in in_month(self._store.all(), month))

    def report(self, month, limits):
        return monthly_report(self._store.all(), month, limits)
