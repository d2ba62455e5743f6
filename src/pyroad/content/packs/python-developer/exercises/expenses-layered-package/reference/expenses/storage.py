import csv
from datetime import date

from .model import Expense


class InMemoryStore:
    def __init__(self):
        self._expenses = []

    def add(self, expense):
        self._expenses.append(expense)

    def all(self):
        return list(self._expenses)


class CsvStore:
    def __init__(self, path):
        self.path = path

    def add(self, expense):
        with open(self.path, "a", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerow([expense.day.isoformat(), expense.category, expense.cents])

    def all(self):
        try:
            with open(self.path, encoding="utf-8", newline="") as handle:
                rows = list(csv.reader(handle))
        except FileNotFoundError:
            return []
        return [Expense(date.fromisoformat(d), c, int(n)) for d, c, n in rows]
