from pyroad.grading.checks import run

DRAFT = "The cat and the other cat sat on a mat... the end\n"
STOP = "# stop.txt: words I don't care about\nthe\nA\nand\n"
LONG = (
    "It was the best of times, it was the worst of times; it was the age of wisdom, it was the\n"
    "age of foolishness. It was the epoch of belief; it was the epoch of incredulity. Don't stop!\n"
)
UNICODE = "L'été à Ça Ira: l'été, ÉTÉ, été! Über über 42 snake_case don’t don't\n"


def words(name, args, files, reveal=False):
    return run(name, args=args, files=files, reveal=reveal)


CHECKS = [
    words("the issue's example without stop words", ["draft.txt", "--top", "3"], {"draft.txt": DRAFT}, reveal=True),
    words("the issue's example with stop words", ["draft.txt", "--top", "3", "--stopwords", "stop.txt"],
          {"draft.txt": DRAFT, "stop.txt": STOP}, reveal=True),
    words("the default top ten", ["long.txt"], {"long.txt": LONG}),
    words("the top one", ["long.txt", "--top", "1"], {"long.txt": LONG}),
    words("a top of zero", ["long.txt", "--top", "0"], {"long.txt": LONG}),
    words("unicode and apostrophes", ["u.txt"], {"u.txt": UNICODE}),
    words("an empty text", ["empty.txt"], {"empty.txt": ""}),
    words("a missing text file", ["nowhere.txt"], {}),
    words("no arguments", [], {}),
    words("stop words with spaces, case and comments", ["long.txt", "--stopwords", "s.txt"],
          {"long.txt": LONG, "s.txt": "  IT \n\n# was\nThe\t\n   \nOF\n"}),
    words("a commented-out word still counts", ["draft.txt", "--stopwords", "s.txt"],
          {"draft.txt": DRAFT, "s.txt": "#the\ncat\n"}),
    words("unicode stop words", ["u.txt", "--stopwords", "s.txt"],
          {"u.txt": UNICODE, "s.txt": "Été\ndon't\n\u00fcber\n"}),
    words("an empty stop-word file", ["long.txt", "--top", "4", "--stopwords", "s.txt"],
          {"long.txt": LONG, "s.txt": ""}),
    words("every word is a stop word", ["draft.txt", "--stopwords", "s.txt"],
          {"draft.txt": "a a A\n", "s.txt": "a\n"}),
    words("options before the file", ["--stopwords", "s.txt", "--top", "2", "draft.txt"],
          {"draft.txt": DRAFT, "s.txt": "cat\n"}),
    words("a missing stop-word file", ["draft.txt", "--stopwords", "nope.txt"], {"draft.txt": DRAFT}),
    words("a missing text file with stop words", ["nowhere.txt", "--stopwords", "s.txt"], {"s.txt": "a\n"}),
]


def generate(rng):
    vocabulary = ["alpha", "beta", "Gamma", "delta", "\u00e9psilon", "zeta", "eta", "theta"]
    cases = []
    for n in range(1, 3):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(5, 40)))
        stop = "\n".join(rng.sample(vocabulary, rng.randint(0, 4)))
        args = ["t.txt", "--stopwords", "s.txt", "--top", str(rng.randint(1, 8))]
        cases.append(words(f"random text #{n}", args, {"t.txt": text, "s.txt": stop}))
    return cases
