from solution import apply_overrides


def defaults():
    return {"db": {"host": "localhost", "port": 5432}, "features": ["search"]}


def test_overrides_are_applied():
    config = apply_overrides(defaults(), {"db.host": "db.internal", "cache.size": 64})
    assert config == {
        "db": {"host": "db.internal", "port": 5432},
        "features": ["search"],
        "cache": {"size": 64},
    }


def test_defaults_do_not_change_when_the_config_does():
    shared = defaults()
    config = apply_overrides(shared, {})
    config["features"].append("beta")
    config["db"]["port"] = 1
    assert shared == defaults()
