def deltas(readings):
    """Yield the change from each reading to the next one."""
    raise NotImplementedError("write me")


def runs(values):
    """Yield (value, count) for each run of equal consecutive values."""
    raise NotImplementedError("write me")


def within_budget(costs, budget):
    """Yield costs while their running total stays at or under ``budget``."""
    raise NotImplementedError("write me")
