from pyroad.grading.checks import approx, probe


class Stream:
    """Yields ``values`` (then, if ``endless``, 1, 2, 3...) and counts how many were read."""

    def __init__(self, values, endless=False):
        self.values = list(values)
        self.endless = endless
        self.read = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.read >= 10_000:
            raise RuntimeError("read far too many values")
        if self.read < len(self.values):
            value = self.values[self.read]
        elif self.endless:
            value = self.read - len(self.values) + 1
        else:
            raise StopIteration
        self.read += 1
        return value


def collect(module, function, values, *args):
    """All results from a one-shot stream of ``values``, and how many values were read."""
    stream = Stream(values)
    result = getattr(module, function)(stream, *args)
    return [list(result), stream.read, iter(result) is result]


def take(module, function, values, wanted, *args):
    """The first ``wanted`` results from ``values`` followed by an endless stream."""
    stream = Stream(values, endless=True)
    result = getattr(module, function)(stream, *args)
    read_before = stream.read
    taken = [next(result) for _ in range(wanted)]
    return [taken, read_before, stream.read]


CHECKS = [
    probe("the statement's deltas", collect, "deltas", [20.5, 21.0, 20.0, 20.0], compare=approx(1e-9), reveal=True),
    probe("deltas of one reading", collect, "deltas", [7]),
    probe("deltas of nothing", collect, "deltas", []),
    probe("deltas of a falling stream", collect, "deltas", [10, 4, -3]),
    probe("deltas of an endless stream", take, "deltas", [], 4),
    probe("the statement's runs", collect, "runs", ["closed", "closed", "open", "closed"], reveal=True),
    probe("runs of nothing", collect, "runs", []),
    probe("one long run", collect, "runs", ["\u00e9t\u00e9"] * 5),
    probe("runs of unhashable values", collect, "runs", [[1], [1], [2], [1, 0], [1, 0]]),
    probe("runs of an endless stream", take, "runs", [0, 0, 0, 5, 5], 3),
    probe("the statement's budget", collect, "within_budget", [40, 30, 20, 5], 90, reveal=True),
    probe("landing exactly on the budget", collect, "within_budget", [50, 40, 1], 90),
    probe("the first cost is already too much", collect, "within_budget", [100, 1], 90),
    probe("a refund makes room", collect, "within_budget", [60, -20, 45, 10], 90),
    probe("a zero budget", collect, "within_budget", [0, 0, 1, 0], 0),
    probe("a budget never reached", collect, "within_budget", [1, 2, 3], 100),
    probe("a budget on an endless stream", take, "within_budget", [], 3, 6),
]


def generate(rng):
    cases = []
    values = [rng.choice("aab") for _ in range(rng.randint(0, 15))]
    cases.append(probe("random runs", collect, "runs", values))
    readings = [rng.randint(-50, 50) for _ in range(rng.randint(0, 10))]
    cases.append(probe("random deltas", collect, "deltas", readings))
    costs = [rng.randint(-5, 30) for _ in range(rng.randint(0, 12))]
    cases.append(probe("random budget", collect, "within_budget", costs, rng.randint(0, 100)))
    return cases
