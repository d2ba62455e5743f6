def _count(field, number):
    if field == "-":
        return 0
    if not field.isdigit():
        raise ValueError(f"line {number}: bad line count {field!r}")
    return int(field)


def parse_log(text):
    commits = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if line.startswith("commit "):
            fields = line[len("commit "):].split("\t", 3)
            if len(fields) != 4:
                raise ValueError(f"line {number}: expected 4 fields after 'commit'")
            commit_hash, author, date, subject = fields
            commits.append(
                {
                    "hash": commit_hash,
                    "author": author,
                    "date": date,
                    "subject": subject,
                    "files": [],
                    "added": 0,
                    "deleted": 0,
                }
            )
            continue
        fields = line.split("\t", 2)
        if len(fields) != 3 or not commits:
            raise ValueError(f"line {number}: not a commit header or a file line")
        added, deleted, path = fields
        commit = commits[-1]
        commit["added"] += _count(added, number)
        commit["deleted"] += _count(deleted, number)
        commit["files"].append(path)
    return commits


def churn_by_author(commits):
    totals = {}
    for commit in commits:
        count, changed = totals.get(commit["author"], (0, 0))
        totals[commit["author"]] = (count + 1, changed + commit["added"] + commit["deleted"])
    ranked = sorted(totals.items(), key=lambda item: (-item[1][1], item[0]))
    return [(author, count, changed) for author, (count, changed) in ranked]
