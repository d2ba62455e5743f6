def read_todos(path):
    """Return {"open": [...], "done": [...]} read from the to-do file at ``path``."""
    raise NotImplementedError("write me")


def add_todo(path, task):
    """Append ``task`` as a new line at the end of the to-do file at ``path``."""
    raise NotImplementedError("write me")
