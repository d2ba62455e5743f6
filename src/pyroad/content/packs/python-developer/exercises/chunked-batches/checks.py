from pyroad.grading.checks import probe


class Stream:
    """An endless (or limited) stream that counts how many records were read from it."""

    def __init__(self, limit=None):
        self.read = 0
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.limit is not None and self.read >= self.limit:
            raise StopIteration
        if self.read >= 10_000:
            raise RuntimeError("read far too many records")
        self.read += 1
        return self.read


def batches(module, records, size):
    """All batches, as a list; or the exception raised while getting them."""
    try:
        return list(module.chunked(iter(records), size))
    except Exception as error:
        return {"raised": type(error).__name__}


def first_batches(module, size, wanted):
    """Take a few batches from an endless stream; report them and how much was read."""
    stream = Stream()
    result = module.chunked(stream, size)
    read_before = stream.read
    taken = [next(result) for _ in range(wanted)]
    return [taken, read_before, stream.read]


def is_an_iterator(module):
    result = module.chunked([1, 2, 3], 2)
    return [iter(result) is result, not isinstance(result, (list, tuple))]


def end_of_a_stream(module, limit, size):
    """Read a limited stream to the end: how many records were read in total?"""
    stream = Stream(limit)
    return [list(module.chunked(stream, size)), stream.read]


def new_lists(module):
    result = list(module.chunked(range(6), 2))
    return len({id(batch) for batch in result})


CHECKS = [
    probe("the statement's example", batches, [1, 2, 3, 4, 5], 2, reveal=True),
    probe("text splits into characters", batches, "abcdef", 3, reveal=True),
    probe("no records", batches, [], 4, reveal=True),
    probe("a size of one", batches, ["a", "b", "c"], 1),
    probe("a size larger than the input", batches, [1, 2], 10),
    probe("an exact multiple", batches, list(range(9)), 3),
    probe("a size of zero", batches, [1, 2], 0),
    probe("a negative size", batches, [1, 2], -1),
    probe("None and unicode records", batches, [None, "\u00e9", None, "\U0001f600", 0], 2),
    probe("an endless stream", first_batches, 3, 2, reveal=True),
    probe("an endless stream, size one", first_batches, 1, 4),
    probe("it returns an iterator", is_an_iterator),
    probe("reading a stream to its end", end_of_a_stream, 7, 3),
    probe("each batch is a new list", new_lists),
]


def generate(rng):
    cases = []
    for n in range(1, 4):
        records = [rng.randint(0, 99) for _ in range(rng.randint(0, 20))]
        cases.append(probe(f"random records #{n}", batches, records, rng.randint(1, 6)))
    return cases
