"""Reading and writing task lists as text."""
from .models import Task

SEPARATOR = "|"


def escape(text):
    """Protect backslashes and separators inside a field."""
    return text.replace("\\", "\\\\").replace(SEPARATOR, "\\" + SEPARATOR)


def split_row(line):
    """Split a row into its fields, undoing escape()."""
    fields, current, chars = [], [], iter(line)
    for char in chars:
        if char == "\\":
            current.append(next(chars, ""))
        elif char == SEPARATOR:
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
    fields.append("".join(current))
    return fields


def load(text):
    """Parse text rows into a list of tasks; blank lines are skipped."""
    tasks = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        fields = split_row(line)
        if len(fields) != 3 or fields[2] not in ("x", "-") or not fields[1].isdigit():
            raise ValueError(f"line {number}: not a task row")
        tasks.append(Task(fields[0], int(fields[1]), fields[2] == "x"))
    return tasks


def dump(tasks):
    """Write tasks as text rows, one per line."""
    return "".join(task.to_row() + "\n" for task in tasks)
