import json
import os

from pyroad.grading.checks import probe

DEFAULTS = {"theme": "light", "font_size": 12, "zoom": 1.0, "autosave": True}


def load(module, name, content, defaults=DEFAULTS):
    """Write ``content`` (None: no file) to ``name`` and load it; report the outcome."""
    if content is not None:
        with open(name, "w", encoding="utf-8") as file:
            file.write(content)
    defaults = dict(defaults)
    before = dict(defaults)
    try:
        result = module.load_config(name, defaults)
        outcome = {"returned": result, "a new dict": result is not defaults}
    except module.ConfigError as error:
        message = str(error)
        outcome = {
            "raised": "ConfigError",
            "names the file": name in message,
            "cause": type(error.__cause__).__name__ if error.__cause__ is not None else None,
        }
    except Exception as error:
        outcome = {"raised": type(error).__name__}
    return [outcome, defaults == before]


def invalid_json_line(module, name, content):
    """Which 'line N' does the message mention? Report every candidate line number found."""
    with open(name, "w", encoding="utf-8") as file:
        file.write(content)
    try:
        module.load_config(name, DEFAULTS)
    except module.ConfigError as error:
        message = str(error)
        return [n for n in range(1, 10) if f"line {n}" in message]
    return "no ConfigError"


def unknown_key_named(module, name):
    with open(name, "w", encoding="utf-8") as file:
        file.write('{"fontsize": 14}')
    try:
        module.load_config(name, DEFAULTS)
    except module.ConfigError as error:
        return "fontsize" in str(error)
    return "no ConfigError"


def save(module, name, config, existing=None):
    """Save ``config`` over ``existing`` (None: no file); report outcome, file text, leftovers."""
    if existing is not None:
        with open(name, "w", encoding="utf-8") as file:
            file.write(existing)
    if isinstance(config, dict) and config.get("unsavable"):
        config = {**config, "unsavable": {1, 2}}
    try:
        outcome = module.save_config(name, config)
    except Exception as error:
        outcome = {"raised": type(error).__name__}
    try:
        with open(name, encoding="utf-8", newline="") as file:
            text = file.read()
    except FileNotFoundError:
        text = None
    return [outcome, text, os.path.exists(name + ".tmp")]


def save_then_load(module, name, config):
    module.save_config(name, config)
    with open(name, encoding="utf-8") as file:
        on_disk = json.load(file)
    return [on_disk, module.load_config(name, DEFAULTS)]


def folder_as_path(module):
    os.makedirs("a-folder", exist_ok=True)
    try:
        module.load_config("a-folder", DEFAULTS)
    except Exception as error:
        return type(error).__name__
    return "no error"


CHECKS = [
    probe("the statement's example", load, "settings.json", '{"theme": "dark", "zoom": 2}', reveal=True),
    probe("no file yet", load, "missing.json", None),
    probe("an empty object", load, "empty.json", "{}"),
    probe("every setting changed", load, "all.json", '{"theme": "th\u00e9", "font_size": 9, "zoom": 0.5, "autosave": false}'),
    probe("invalid JSON", load, "broken.json", '{\n  "theme": "dark",\n}'),
    probe("the line of the JSON error", invalid_json_line, "broken3.json", '{\n  "theme": "dark",\n  "zoom": ,\n}'),
    probe("an empty file", load, "blank.json", ""),
    probe("a list at the top", load, "list.json", "[1, 2]"),
    probe("a string at the top", load, "string.json", '"dark"'),
    probe("an unknown key", load, "typo.json", '{"fontsize": 14}'),
    probe("the unknown key is named", unknown_key_named, "typo2.json"),
    probe("a string where an int is expected", load, "type1.json", '{"font_size": "14"}'),
    probe("a float where an int is expected", load, "type2.json", '{"font_size": 14.0}'),
    probe("an int where a bool is expected", load, "type3.json", '{"autosave": 1}'),
    probe("a bool where an int is expected", load, "type4.json", '{"font_size": true}'),
    probe("a path that is a folder", folder_as_path),
    probe("saving", save, "out.json", {"zoom": 1.5, "theme": "\u00e9t\u00e9", "font_size": 14}),
    probe("saving over an old file", save, "over.json", {"autosave": False}, '{"autosave": true}\n'),
    probe("a failed save keeps the old file", save, "keep.json", {"theme": "dark", "unsavable": True}, '{"theme": "light"}\n'),
    probe("saving then loading", save_then_load, "trip.json", {"zoom": 3, "theme": "na\u00efve \U0001f600"}),
]
