from pyroad.grading.checks import call, probe

GOOD = '203.0.113.9 - alice [12/Mar/2024:10:15:32 +0000] "GET /api/items?id=3 HTTP/1.1" 200 512\n'


def entry(ip="10.0.0.1", method="GET", target="/", status="200", size="100", user="-"):
    return f'{ip} - {user} [01/Jan/2024:00:00:00 +0000] "{method} {target} HTTP/1.1" {status} {size}\n'


def parsed(module, lines):
    return [module.parse_line(line) for line in lines]


def summary_of(module, lines):
    return module.summarize(iter(lines))


MIXED = [
    entry(target="/"),
    entry(target="/about", status="301", size="-"),
    "garbage\n",
    entry(target="/", status="404", size="20"),
    "   \n",
    entry(target="/api/items?page=2", status="500"),
    entry(method="get"),
    entry(target="/", status="204", size="0"),
    entry(target="/zebra", status="200", size="7"),
    entry(target="/about", status="499", size="3"),
]

CHECKS = [
    call("the statement's line", "parse_line", GOOD, reveal=True),
    call("no size and no newline", "parse_line", GOOD.strip().replace(" 512", " -")),
    call("spaces around the line", "parse_line", "  " + GOOD.replace("\n", "  \n")),
    call("a target with no query string", "parse_line", entry(target="/wiki/Caf\u00e9", method="DELETE")),
    call("an empty query string", "parse_line", entry(target="/search?")),
    call("a question mark inside the query", "parse_line", entry(target="/a/b?x=1?y=2")),
    probe("malformed lines", parsed, [
        entry(method="get"),
        entry(status="20x"),
        entry(status="2000"),
        entry(size="12k"),
        entry(ip="10.0.0"),
        entry(ip="1234.0.0.1"),
        entry(target="/two words"),
        entry(target=""),
        entry(target="index.html"),
        GOOD.replace('"GET', "GET"),
        GOOD.replace("HTTP/1.1", "HTTP/11"),
        GOOD.replace("]", ""),
        GOOD.strip() + " extra",
        "::1 - - [01/Jan/2024:00:00:00 +0000] \"GET / HTTP/1.1\" 200 5",
        "",
    ]),
    probe("well-formed edge cases", parsed, [
        entry(ip="999.1.1.1"),
        entry(user="bob.smith", status="599", size="0"),
        entry(target="/p?q=caf%C3%A9&x=\u00e9"),
        '1.2.3.4 a b [] "PATCH /x HTTP/2.0" 100 1',
    ]),
    probe("a mixed log", summary_of, MIXED),
    probe("an empty log", summary_of, []),
    probe("only malformed and blank lines", summary_of, ["\n", "nope\n", "", "still nope"]),
    probe("ties in the top paths", summary_of, [entry(target=t) for t in ["/c", "/b", "/a", "/d", "/b"]]),
    probe("exactly three paths", summary_of, [entry(target=t) for t in ["/x", "/y", "/z"]]),
]


def generate(rng):
    targets = ["/", "/about", "/api/items?id=1", "/api/items", "/login", "/static/app.js"]
    statuses = ["200", "200", "304", "404", "500", "201"]
    cases = []
    for n in range(1, 4):
        lines = []
        for _ in range(rng.randint(3, 12)):
            if rng.random() < 0.15:
                lines.append(rng.choice(["bad line\n", "\n", entry(status="OK")]))
            else:
                size = rng.choice(["-", str(rng.randint(0, 5000))])
                lines.append(entry(target=rng.choice(targets), status=rng.choice(statuses), size=size))
        cases.append(probe(f"random log #{n}", summary_of, lines))
    return cases
