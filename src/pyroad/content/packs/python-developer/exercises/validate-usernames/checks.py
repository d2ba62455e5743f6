from pyroad.grading.checks import call


def name(label, text, reveal=False):
    return call(label, "is_valid_username", text, reveal=reveal)


CHECKS = [
    name("an underscore", "ana_lima", reveal=True),
    name("digits and a hyphen", "r2-d2", reveal=True),
    name("too short", "al", reveal=True),
    name("starts with a digit", "9lives", reveal=True),
    name("uppercase", "Ana", reveal=True),
    name("a trailing newline", "ana\n", reveal=True),
    name("exactly 3 characters", "bob"),
    name("exactly 16 characters", "abcdefghijklmnop"),
    name("17 characters", "abcdefghijklmnopq"),
    name("empty", ""),
    name("starts with an underscore", "_bob"),
    name("ends with a hyphen", "bob-"),
    name("two underscores in a row", "bo__b"),
    name("a hyphen then an underscore", "bo-_b"),
    name("separators apart", "a_b-c_d"),
    name("an accented letter", "jos\u00e9"),
    name("a space", "ana lima"),
    name("a dot", "ana.lima"),
]


def generate(rng):
    cases = []
    for n in range(1, 3):
        length = rng.randint(2, 17)
        text = rng.choice("abz") + "".join(rng.choice("abz09_-") for _ in range(length - 1))
        cases.append(name(f"random name #{n}", text))
    return cases
