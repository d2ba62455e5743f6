"""Stock keeping for the shop: read a stock file and report on it."""

from inventory.parse import read_stock
from inventory.report import build_report, low_stock, total_value

__all__ = ["build_report", "low_stock", "read_stock", "total_value"]
