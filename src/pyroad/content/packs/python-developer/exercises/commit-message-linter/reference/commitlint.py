MAX_SUBJECT = 50
MAX_BODY_LINE = 72
NOT_IMPERATIVE = {
    "added", "adds", "adding", "fixed", "fixes", "fixing", "updated", "updates", "updating",
    "removed", "removes", "removing", "changed", "changes", "changing",
}  # fmt: skip


def clean(message):
    lines = [line.rstrip() for line in message.splitlines() if not line.startswith("#")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return lines


def lint_commit_message(message):
    lines = clean(message)
    if not lines:
        return ["empty message"]
    subject = lines[0]
    first_word = subject.split()[0]
    problems = []
    if len(subject) > MAX_SUBJECT:
        problems.append(f"subject is {len(subject)} characters long (max {MAX_SUBJECT})")
    if subject.endswith("."):
        problems.append("subject ends with a period")
    if not subject[0].isupper():
        problems.append("subject does not start with a capital letter")
    if first_word.lower() in NOT_IMPERATIVE:
        problems.append(f"subject should use the imperative mood, not '{first_word}'")
    if len(lines) > 1 and lines[1]:
        problems.append("line 2 must be blank")
    for number, line in enumerate(lines[2:], start=3):
        if len(line) > MAX_BODY_LINE and "://" not in line:
            problems.append(f"line {number} is {len(line)} characters long (max {MAX_BODY_LINE})")
    return problems
