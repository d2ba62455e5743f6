"""Price parsing and formatting (move them here)."""
