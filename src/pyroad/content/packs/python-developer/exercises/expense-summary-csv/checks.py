from pyroad.grading.checks import run

HEADER = "date,category,amount\n"
EXAMPLE = (
    HEADER
    + "2024-03-01,Food,12.50\n"
    + "2024-03-02,Travel,40\n"
    + "2024-03-02,food,7.25\n"
    + '2024-03-03,"Books, magazines",9.99\n'
)
ARGS = ["expenses.csv", "summary.csv"]
OUT = ["summary.csv"]


def summarise(name, content, reveal=False, **extra):
    return run(name, args=ARGS, files={"expenses.csv": content}, outputs=OUT, reveal=reveal, **extra)


CHECKS = [
    summarise("the statement's example", EXAMPLE, reveal=True),
    summarise("only the header", HEADER),
    summarise("one expense", HEADER + "2024-01-01,Rent,950\n"),
    summarise("grouping ignores case and spaces", HEADER + "d,Food,1\nd, FOOD ,2\nd,food  ,3.5\n"),
    summarise("refunds", HEADER + "d,Travel,120.40\nd,travel,-20.40\nd,Gifts,30\n"),
    summarise("equal totals sort by name", HEADER + "d,zoo,5\nd,art,5\nd,mid,2.50\nd,mid,2.50\n"),
    summarise("sums that floats get wrong", HEADER + "d,b,0.10\nd,b,0.20\nd,a,0.30\nd,c,0.29\n"),
    summarise("unicode and quoted names", HEADER + 'd,Caf\u00e9,3.20\nd,"Books, ""rare""",8\n'),
    summarise("blank lines are skipped", HEADER + "\nd,Food,1.25\n\n\nd,Food,1\n"),
    summarise("a bad amount", EXAMPLE + "2024-03-04,Food,lots\n"),
    summarise("an empty amount", HEADER + "d,Food,\n"),
    summarise("a row with four fields", HEADER + "d,Food,1,extra\n"),
    summarise("a row with two fields", HEADER + "d,Food\n"),
    summarise("a wrong header", "day,category,amount\nd,Food,1\n"),
    summarise("an empty file", ""),
    run("a bad input keeps the old summary", args=ARGS,
        files={"expenses.csv": HEADER + "d,Food,x\n", "summary.csv": "old\n"}, outputs=OUT),
    run("a missing input file", args=ARGS, outputs=OUT),
    run("one argument only", args=["expenses.csv"], files={"expenses.csv": EXAMPLE}, outputs=OUT),
    run("other file names", args=["in.csv", "report.csv"], files={"in.csv": EXAMPLE},
        outputs=["report.csv"]),
]


def generate(rng):
    categories = ["Food", "food", "Travel", " Rent", "Books", "caf\u00e9"]
    lines = [HEADER]
    for _ in range(rng.randint(5, 15)):
        cents = rng.randint(-500, 20000)
        sign = "-" if cents < 0 else ""
        amount = f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"
        lines.append(f"2024-05-{rng.randint(10, 28)},{rng.choice(categories)},{amount}\n")
    return [summarise("random expenses", "".join(lines))]
