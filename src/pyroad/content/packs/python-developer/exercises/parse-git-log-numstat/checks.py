from pyroad.grading.checks import call, probe

T = "\t"
SAMPLE = (
    "commit 3f2a9c1\tAna Lima\t2024-05-02\tAdd bulk discount to invoice lines\n"
    "\n"
    "12\t3\tbilling/invoice.py\n"
    "40\t0\ttests/test_invoice.py\n"
    "-\t-\tdocs/discount.png\n"
    "\n"
    "commit 9be0d44\tTom Berg\t2024-05-01\tMerge branch 'fix-readme'\n"
    "commit 51c07aa\tTom Berg\t2024-04-30\tFix typo in README\n"
    "\n"
    "1\t1\tREADME.md\n"
)


def header(short, author, date, subject):
    return T.join([f"commit {short}", author, date, subject])


def ranking(module, text):
    return module.churn_by_author(module.parse_log(text))


def error_line(module, text):
    """Where parse_log says the problem is: the part of the message before the first colon."""
    try:
        module.parse_log(text)
    except ValueError as exc:
        return str(exc).split(":")[0]
    return "no ValueError"


CHECKS = [
    call("the statement's sample", "parse_log", SAMPLE, reveal=True),
    probe("the statement's ranking", ranking, SAMPLE, reveal=True),
    call("an empty log", "parse_log", ""),
    call("no authors to rank", "churn_by_author", []),
    call(
        "a subject and a path with tabs",
        "parse_log",
        header("a1", "Zoë Ávila", "2024-01-09", "Fix\tthe tab bug") + "\n7\t2\tdata/odd\tname.txt\n",
    ),
    call(
        "whitespace-only lines",
        "parse_log",
        header("b2", "Li Wei", "2024-02-01", "Add API") + "\n  \n3\t0\tapi.py\n\t\n",
    ),
    probe("a file line before any commit", error_line, "\n3\t1\tREADME.md\n"),
    probe("a header with three fields", error_line, "commit c3\tAna\t2024-03-03\n"),
    probe("a header with only a hash", error_line, "\n\ncommit c3\n"),
    probe(
        "a file line with two fields",
        error_line,
        header("d4", "Ana", "2024-03-03", "Tidy") + "\n\n5\tREADME.md\n",
    ),
    probe(
        "a count that is not a number",
        error_line,
        header("e5", "Ana", "2024-03-03", "Tidy") + "\n1\tx\tREADME.md\n",
    ),
    probe("'commit' without a space", error_line, "commit\n"),
    probe(
        "ranking: a tie is broken by name",
        ranking,
        "\n".join(
            [
                header("f1", "Tom", "2024-01-01", "A"),
                "2\t3\ta.py",
                header("f2", "Ana", "2024-01-02", "B"),
                "5\t0\tb.py",
                header("f3", "Bea", "2024-01-03", "C"),
                "9\t9\tc.py",
                header("f4", "Cy", "2024-01-04", "Merge"),
            ]
        ),
    ),
]


def generate(rng):
    authors = ["Ana Lima", "Tom Berg", "Zoë Ávila", "Li Wei"]
    cases = []
    for n in range(1, 5):
        lines = []
        for k in range(rng.randint(1, 6)):
            short = f"{rng.getrandbits(28):07x}"
            lines.append(header(short, rng.choice(authors), f"2024-05-{k + 10}", f"Change {k}"))
            if rng.random() < 0.5:
                lines.append("")
            for _ in range(rng.randint(0, 3)):
                counts = rng.choice([[str(rng.randint(0, 80)), str(rng.randint(0, 80))], ["-", "-"]])
                lines.append(T.join([*counts, f"src/m{rng.randint(1, 9)}.py"]))
        text = "\n".join(lines) + "\n"
        if n % 2:
            cases.append(call(f"random log #{n}", "parse_log", text))
        else:
            cases.append(probe(f"random ranking #{n}", ranking, text))
    return cases
