"""The Task class."""
from .storage import SEPARATOR, escape


class Task:
    """Something to do by a given day (days are counted from 0)."""

    def __init__(self, title, due, done=False):
        if not title.strip():
            raise ValueError("a task needs a title")
        if due < 0:
            raise ValueError("days are counted from 0")
        self.title = title
        self.due = due
        self.done = done

    def complete(self):
        """Mark the task as done."""
        self.done = True

    def is_overdue(self, today):
        """True when the task is not done and its day has passed."""
        return not self.done and self.due < today

    def to_row(self):
        """The task as one row of text, such as 'Buy milk|3|-'."""
        return SEPARATOR.join([escape(self.title), str(self.due), "x" if self.done else "-"])
