from itertools import groupby, pairwise


def deltas(readings):
    return (later - earlier for earlier, later in pairwise(readings))


def runs(values):
    return ((value, sum(1 for _ in group)) for value, group in groupby(values))


def within_budget(costs, budget):
    total = 0
    for cost in costs:
        total += cost
        if total > budget:
            return
        yield cost
