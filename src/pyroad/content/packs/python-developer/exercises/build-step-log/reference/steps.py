from contextlib import contextmanager


class SkipStep(Exception):
    pass


@contextmanager
def step(events, name):
    events.append(f"begin {name}")
    try:
        yield
    except SkipStep as exc:
        events.append(f"skip {name}: {exc}" if str(exc) else f"skip {name}")
    except Exception as exc:
        events.append(f"abort {name}: {type(exc).__name__}")
        raise
    else:
        events.append(f"end {name}")
