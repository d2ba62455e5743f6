from .models import Task
from .rows import split_row


def load(text):
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
    return "".join(task.to_row() + "\n" for task in tasks)
