import os


def read_todos(path):
    todos = {"open": [], "done": []}
    with open(path, encoding="utf-8") as file:
        for line in file:
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            if text.startswith("x "):
                todos["done"].append(text[2:])
            else:
                todos["open"].append(text)
    return todos


def add_todo(path, task):
    task = task.strip()
    if not task or "\n" in task:
        raise ValueError("a task must be one non-empty line")
    prefix = ""
    if os.path.exists(path):
        with open(path, encoding="utf-8") as file:
            text = file.read()
        if text and not text.endswith("\n"):
            prefix = "\n"
    with open(path, "a", encoding="utf-8") as file:
        file.write(prefix + task + "\n")
