from pyroad.grading.checks import call, probe

EXAMPLE = [
    ("photos/cat.jpg", 2048, "a1f3"),
    ("backup/cat.jpg", 2048, "a1f3"),
    ("notes.txt", 120, "77c0"),
    ("old/notes.txt", 120, "77c0"),
    ("tmp/notes copy.txt", 120, "77c0"),
    ("photos/dog.jpg", 2048, "9e21"),
    ("empty.log", 0, "0000"),
    ("other/empty.log", 0, "0000"),
]


def scan_is_untouched(module, files):
    given = [tuple(row) for row in files]
    before = list(given)
    result = module.find_duplicates(given)
    return [result, given == before]


def from_a_generator(module, files):
    """The scan may be any iterable of triples, read once."""
    return module.find_duplicates(tuple(row) for row in files)


CHECKS = [
    call("the statement's example", "find_duplicates", EXAMPLE, reveal=True),
    call("no files", "find_duplicates", []),
    call("one file", "find_duplicates", [("a", 10, "x")]),
    call("no duplicates", "find_duplicates", [("a", 10, "x"), ("b", 10, "y"), ("c", 11, "x")]),
    call("same checksum but a different size", "find_duplicates", [("a", 10, "x"), ("b", 11, "x")]),
    call("two identical one-byte files", "find_duplicates", [("b", 1, "f"), ("a", 1, "f")]),
    call("empty files are never duplicates", "find_duplicates",
         [("a", 0, "e"), ("b", 0, "e"), ("c", 0, "e")]),
    call("the same path scanned twice", "find_duplicates",
         [("a", 50, "x"), ("a", 50, "x"), ("b", 70, "y")]),
    call("the same path twice plus a real copy", "find_duplicates",
         [("a", 50, "x"), ("b", 50, "x"), ("a", 50, "x")]),
    call("more copies waste more", "find_duplicates",
         [("big1", 300, "b"), ("big2", 300, "b"), ("s1", 100, "s"), ("s2", 100, "s"),
          ("s3", 100, "s"), ("s4", 100, "s")]),
    call("equal waste is sorted by paths", "find_duplicates",
         [("z/1", 40, "p"), ("z/2", 40, "p"), ("m/1", 20, "q"), ("a/1", 20, "q"), ("k", 20, "q")]),
    call("equal waste and equal first path", "find_duplicates",
         [("a", 40, "p"), ("c", 40, "p"), ("a2", 40, "r"), ("b", 40, "r")]),
    call("unicode paths", "find_duplicates",
         [("ñandú.png", 5, "u"), ("Ñandú.png", 5, "u"), ("été/ñandú.png", 5, "u")]),
    probe("the scan is not changed", scan_is_untouched, EXAMPLE),
    probe("the scan can be a generator", from_a_generator, EXAMPLE),
]


def generate(rng):
    cases = []
    for n in range(1, 5):
        files = []
        for index in range(rng.randint(4, 30)):
            size = rng.choice([0, 1, 10, 10, 100, 1000])
            files.append((f"dir{rng.randint(1, 3)}/f{index % 7}", size, rng.choice("abc")))
        cases.append(call(f"random scan #{n}", "find_duplicates", files))
    return cases
