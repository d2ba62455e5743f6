"""Track expenses and report on them."""
from .app import ExpenseApp

__all__ = ["ExpenseApp"]
