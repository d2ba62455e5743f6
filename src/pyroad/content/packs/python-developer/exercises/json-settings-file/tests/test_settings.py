import json

import pytest

from solution import ConfigError, load_config, save_config

DEFAULTS = {"theme": "light", "font_size": 12, "zoom": 1.0, "autosave": True}


def test_the_file_overrides_the_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"theme": "dark", "zoom": 2}', encoding="utf-8")
    assert load_config(path, DEFAULTS) == {
        "theme": "dark",
        "font_size": 12,
        "zoom": 2,
        "autosave": True,
    }


def test_invalid_json_is_a_config_error(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{\n  "theme": "dark",\n}', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path, DEFAULTS)
    assert isinstance(caught.value.__cause__, json.JSONDecodeError)


def test_save_writes_sorted_indented_json(tmp_path):
    path = tmp_path / "out.json"
    save_config(path, {"zoom": 1.5, "theme": "été"})
    assert path.read_text(encoding="utf-8") == '{\n  "theme": "été",\n  "zoom": 1.5\n}\n'
    assert not (tmp_path / "out.json.tmp").exists()
