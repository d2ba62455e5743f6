from pyroad.grading.checks import call, probe


def read_file(module, name, content):
    """Write ``content`` to a fresh file (bytes kept as given), then read it as a to-do list."""
    with open(name, "w", encoding="utf-8", newline="") as file:
        file.write(content)
    return module.read_todos(name)


def add_to_file(module, name, content, tasks):
    """Start from ``content`` (None: no file), add each task; report outcomes and the file."""
    if content is not None:
        with open(name, "w", encoding="utf-8", newline="") as file:
            file.write(content)
    outcomes = []
    for task in tasks:
        try:
            outcomes.append(module.add_todo(name, task))
        except Exception as error:
            outcomes.append(type(error).__name__)
    try:
        with open(name, encoding="utf-8", newline="") as file:
            text = file.read()
    except FileNotFoundError:
        text = None
    return [outcomes, text]


def round_trip(module, name, tasks):
    for task in tasks:
        module.add_todo(name, task)
    return module.read_todos(name)


EXAMPLE = "# groceries\nbuy milk\nx call the plumber\n\nrenew passport\n"

CHECKS = [
    probe("the statement's example", read_file, "example.txt", EXAMPLE, reveal=True),
    probe("an empty file", read_file, "empty.txt", ""),
    probe("only notes and blank lines", read_file, "notes.txt", "# a\n\n   \n  # b\n"),
    probe("spaces around tasks", read_file, "spaces.txt", "  tidy desk  \n\tx pay rent  \n"),
    probe("Windows line endings", read_file, "windows.txt", "one\r\nx two\r\nthree\r\n"),
    probe("no newline at the end", read_file, "no-end.txt", "first\nx second"),
    probe("x without a space, X in capitals", read_file, "xs.txt", "x\nxylophone lesson\nX done?\nx x-ray\n"),
    probe("a # inside a task", read_file, "hash.txt", "fix bug #12\nx close issue #3\n"),
    probe("unicode text", read_file, "unicode.txt", "acheter du pain \u00e0 la boulangerie\nx \u00e9crire \u00e0 \u0141ukasz \U0001f600\n"),
    call("a missing file", "read_todos", "does-not-exist.txt"),
    probe("adding to the example", add_to_file, "add.txt", EXAMPLE, ["  water the plants "]),
    probe("adding creates the file", add_to_file, "new.txt", None, ["first task", "second task"]),
    probe("adding after a last line without newline", add_to_file, "hand.txt", "buy milk", ["call mum"]),
    probe("adding to an empty file", add_to_file, "blank.txt", "", ["only task"]),
    probe("refusing empty and multi-line tasks", add_to_file, "bad.txt", "keep\n", ["", " \t ", "one\ntwo", "fine"]),
    probe("refusing a task on a missing file", add_to_file, "never.txt", None, ["   "]),
    probe("adding then reading back", round_trip, "trip.txt", ["x-ray appointment", "caf\u00e9 with Zo\u00eb"]),
]


def generate(rng):
    words = ["milk", "bread", "call Bob", "pay bills", "\u00e9t\u00e9 plans", "#tag", "x"]
    cases = []
    for n in range(1, 4):
        lines = []
        for _ in range(rng.randint(1, 8)):
            kind = rng.choice(["open", "done", "note", "blank"])
            word = rng.choice(words)
            lines.append({"open": word, "done": "x " + word, "note": "# " + word, "blank": " "}[kind])
        cases.append(probe(f"random to-do file #{n}", read_file, f"random-{n}.txt", "\n".join(lines) + "\n"))
    return cases
