"""Grading: exercises, the sandbox and the graders. Knows nothing of users or databases."""
