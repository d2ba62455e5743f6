from datetime import date

from expenses import ExpenseApp, InMemoryStore
from expenses.model import Expense, over_budget, totals_by_category

REPORT = """Expenses for 2024-05
  books            39.99
  food             12.50
  total            52.49
! books is over budget by 14.99"""


def test_report_from_a_store_in_memory():
    app = ExpenseApp(InMemoryStore())
    app.record("2024-05-03", " Food ", 1250)
    app.record("2024-05-20", "books", 3999)
    app.record("2024-06-01", "food", 800)
    assert app.report("2024-05", {"books": 2500, "food": 2000}) == REPORT


def test_model_without_any_store():
    expenses = [Expense(date(2024, 5, 1), "food", 300), Expense(date(2024, 5, 2), "food", 200)]
    totals = totals_by_category(expenses)
    assert totals == {"food": 500}
    assert over_budget(totals, {"food": 499}) == [("food", 500, 499)]
