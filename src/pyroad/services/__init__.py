"""Use cases shared by every entry point (CLI today; web and workers later)."""
