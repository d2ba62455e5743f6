import json
import os


class ConfigError(Exception):
    pass


def load_config(path, defaults):
    try:
        with open(path, encoding="utf-8") as file:
            data = json.load(file)
    except FileNotFoundError:
        return dict(defaults)
    except json.JSONDecodeError as error:
        raise ConfigError(f"{path}: invalid JSON at line {error.lineno}: {error.msg}") from error
    if type(data) is not dict:
        raise ConfigError(f"{path}: the settings must be a JSON object")
    config = dict(defaults)
    for key, value in data.items():
        if key not in defaults:
            raise ConfigError(f"{path}: unknown setting {key!r}")
        wanted = type(defaults[key])
        if type(value) is not wanted and (wanted, type(value)) != (float, int):
            raise ConfigError(f"{path}: {key!r} must be a {wanted.__name__}")
        config[key] = value
    return config


def save_config(path, config):
    temporary = f"{path}.tmp"
    try:
        with open(temporary, "w", encoding="utf-8") as file:
            json.dump(config, file, indent=2, sort_keys=True, ensure_ascii=False)
            file.write("\n")
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
