def parse_log(text):
    """Parse the output of
    ``git log --date=short --numstat --format='commit %h%x09%an%x09%ad%x09%s'``
    into a list of commit dicts (see the statement for the keys).
    """
    raise NotImplementedError("write me")


def churn_by_author(commits):
    """Rank authors: a list of (author, commits, lines added + deleted), most lines first."""
    raise NotImplementedError("write me")
