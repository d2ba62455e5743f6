"""Cart totals and receipts (move them here)."""
