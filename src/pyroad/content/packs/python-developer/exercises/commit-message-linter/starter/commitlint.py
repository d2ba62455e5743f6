NOT_IMPERATIVE = {
    "added", "adds", "adding", "fixed", "fixes", "fixing", "updated", "updates", "updating",
    "removed", "removes", "removing", "changed", "changes", "changing",
}


def lint_commit_message(message):
    """Return the list of problems found in a commit message ([] when it follows the rules)."""
    raise NotImplementedError("write me")
