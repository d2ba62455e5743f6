import copy

from pyroad.grading.checks import call, probe

DEFAULTS = {
    "db": {"host": "localhost", "port": 5432, "options": {"timeout": 5}},
    "features": ["search", "export"],
    "debug": False,
}


def build_and_inspect(module, defaults, overrides):
    """Build a config, then check that neither input changed, now or after editing the result."""
    defaults_before = copy.deepcopy(defaults)
    overrides_before = copy.deepcopy(overrides)
    config = module.apply_overrides(defaults, overrides)
    seen = copy.deepcopy(config)
    inputs_kept = [defaults == defaults_before, overrides == overrides_before]
    shares = _shared(config, defaults) + _shared(config, overrides)
    _scribble(config)
    return [seen, inputs_kept, shares, defaults == defaults_before, overrides == overrides_before]


def _shared(config, other):
    """Paths of lists and dicts inside ``config`` that are the very same object as in ``other``."""
    found = []
    others = {id(obj) for obj in _containers(other)}
    for path, obj in _walk(config, "config"):
        if id(obj) in others:
            found.append(path)
    return found


def _containers(value):
    return [obj for _, obj in _walk(value, "")]


def _walk(value, path):
    if isinstance(value, (dict, list)):
        yield path, value
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            yield from _walk(item, f"{path}.{key}")


def _scribble(value):
    if isinstance(value, dict):
        for item in list(value.values()):
            _scribble(item)
        value["scribbled"] = True
    elif isinstance(value, list):
        for item in value:
            _scribble(item)
        value.append("scribbled")


CHECKS = [
    call("the statement's example", "apply_overrides", DEFAULTS,
         {"db.host": "db.internal", "db.options.timeout": 30, "debug": True}, reveal=True),
    call("no overrides", "apply_overrides", DEFAULTS, {}),
    call("empty defaults", "apply_overrides", {}, {"log.level": "info"}),
    call("a new nested section is created", "apply_overrides", DEFAULTS,
         {"cache.redis.url": "redis://cache:6379", "cache.redis.db": 0}),
    call("a whole section is replaced, then extended", "apply_overrides", DEFAULTS,
         {"db": {"host": "replica"}, "db.port": 6543}),
    call("a list value replaces a list", "apply_overrides", DEFAULTS, {"features": []}),
    call("an empty section stays a section", "apply_overrides", {"a": {}}, {"a.b": None}),
    call("a path through a plain value", "apply_overrides", DEFAULTS, {"db.port.number": 1}),
    call("a path through a list", "apply_overrides", DEFAULTS, {"features.first": "x"}),
    call("an empty part in a path", "apply_overrides", DEFAULTS, {"db..host": "x"}),
    call("a path ending in a dot", "apply_overrides", DEFAULTS, {"db.": "x"}),
    call("an empty path", "apply_overrides", DEFAULTS, {"": "x"}),
    probe("the defaults are copied, not shared", build_and_inspect, DEFAULTS,
          {"db.host": "db.internal"}),
    probe("override values are copied too", build_and_inspect, DEFAULTS,
          {"features": ["beta"], "db": {"host": "h", "tls": {"on": True}}, "db.tls.on": False}),
    probe("unicode names and values", build_and_inspect, {"ui": {"títle": "Café"}},
          {"ui.títle": "Crème", "ui.langs": ["fr", "de"]}),
]


def generate(rng):
    cases = []
    names = ["a", "b", "c"]
    for n in range(1, 5):
        overrides = {}
        for _ in range(rng.randint(1, 5)):
            path = ".".join(rng.choice(names) for _ in range(rng.randint(1, 3)))
            overrides[path] = rng.choice([rng.randint(0, 9), [rng.randint(0, 9)], {"x": 1}])
        defaults = {"a": {"b": {"x": 0}, "c": [1]}, "b": {}, "c": {"c": {"c": 2}}}
        cases.append(probe(f"random overrides #{n}", build_and_inspect, defaults, overrides))
    return cases
