"""The text format of a task row (the new home of SEPARATOR, escape and split_row)."""
