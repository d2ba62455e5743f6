class ConfigError(Exception):
    """The settings file exists but cannot be used."""


def load_config(path, defaults):
    """Return a new dict: ``defaults`` overridden by the settings in the JSON file at ``path``."""
    raise NotImplementedError("write me")


def save_config(path, config):
    """Write ``config`` to ``path`` as JSON, through a temporary file."""
    raise NotImplementedError("write me")
