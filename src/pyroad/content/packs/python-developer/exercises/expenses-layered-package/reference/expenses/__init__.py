from .app import ExpenseApp
from .model import Expense
from .storage import CsvStore, InMemoryStore

__all__ = ["CsvStore", "Expense", "ExpenseApp", "InMemoryStore"]
