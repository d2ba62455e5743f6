from pyroad.grading.checks import call

GOOD = "Add bulk discount to invoice lines\n\nLarge orders get 10% off.\n"
BAD = "fixed the rounding of VAT on invoices.\nIt was wrong."
COMMENTS = "# Please enter the commit message\n\n"

CHECKS = [
    call("a good message", "lint_commit_message", GOOD, reveal=True),
    call("the statement's bad message", "lint_commit_message", BAD, reveal=True),
    call("only comments", "lint_commit_message", COMMENTS, reveal=True),
    call("an empty string", "lint_commit_message", ""),
    call("only blank lines", "lint_commit_message", "\n   \n\t\n"),
    call("a subject of exactly 50 characters", "lint_commit_message", "A" * 50),
    call("a subject of 51 characters", "lint_commit_message", "B" * 51),
    call("a subject alone, no body", "lint_commit_message", "Fix typo"),
    call(
        "trailing spaces are not counted",
        "lint_commit_message",
        "C" * 50 + "   \n  \nBody line.   \n\n\n",
    ),
    call(
        "leading blank lines and comments are removed first",
        "lint_commit_message",
        "\n\n# comment\nUpdate docs\n# another\n\nWhy: the old text was wrong.\n",
    ),
    call("each imperative rule word", "lint_commit_message", "Removing the cache\n\nBody"),
    call("a word that only looks similar", "lint_commit_message", "Addition of tests"),
    call("a subject that starts with a digit", "lint_commit_message", "2fa for admins"),
    call("unicode subject", "lint_commit_message", "Élargir la colonne « nom »\n\nDétails."),
    call(
        "body lines of 72 and 73 characters",
        "lint_commit_message",
        "Fix layout\n\n" + "x" * 72 + "\n" + "y" * 73 + "\nshort\n" + "z" * 80,
    ),
    call(
        "a long line 2 that is not blank",
        "lint_commit_message",
        "Fix layout\n" + "w" * 80 + "\n" + "v" * 74,
    ),
    call(
        "long links are allowed",
        "lint_commit_message",
        "Fix layout\n\nSee https://example.com/" + "p" * 70 + "\n" + "q" * 73,
    ),
]


def generate(rng):
    subjects = ["Add cache", "fixed bug", "Changes to API.", "Update " + "d" * 50, "Tidy up"]
    bodies = ["", "x" * 72, "y" * 73, "see http://e.x/" + "z" * 70, "Short body."]
    cases = []
    for n in range(1, 4):
        lines = [rng.choice(subjects), rng.choice(["", "", "not blank"])]
        lines += [rng.choice(bodies) for _ in range(rng.randint(0, 4))]
        if rng.random() < 0.5:
            lines.insert(rng.randint(0, len(lines)), "# a comment " + "c" * 80)
        cases.append(call(f"random message #{n}", "lint_commit_message", "\n".join(lines)))
    return cases
