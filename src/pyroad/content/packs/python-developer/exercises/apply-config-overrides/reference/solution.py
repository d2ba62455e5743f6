import copy


def apply_overrides(defaults, overrides):
    """Return a new nested config: ``defaults`` with every dotted override applied."""
    config = copy.deepcopy(defaults)
    for path, value in overrides.items():
        names = path.split(".")
        if "" in names:
            raise ValueError(f"bad setting name: {path!r}")
        section = config
        for name in names[:-1]:
            section = section.setdefault(name, {})
            if not isinstance(section, dict):
                raise ValueError(f"{path}: {name} is not a section")
        section[names[-1]] = copy.deepcopy(value)
    return config
