"""Where expenses are kept: in memory or in a CSV file."""
