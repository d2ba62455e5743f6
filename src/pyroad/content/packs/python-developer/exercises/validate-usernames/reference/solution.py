import re

USERNAME = re.compile(r"[a-z](?:[_-]?[a-z0-9])*")


def is_valid_username(name):
    return 3 <= len(name) <= 16 and USERNAME.fullmatch(name) is not None
