from .rows import SEPARATOR, escape


class Task:
    def __init__(self, title, due, done=False):
        if not title.strip():
            raise ValueError("a task needs a title")
        if due < 0:
            raise ValueError("days are counted from 0")
        self.title = title
        self.due = due
        self.done = done

    def complete(self):
        self.done = True

    def is_overdue(self, today):
        return not self.done and self.due < today

    def to_row(self):
        return SEPARATOR.join([escape(self.title), str(self.due), "x" if self.done else "-"])
