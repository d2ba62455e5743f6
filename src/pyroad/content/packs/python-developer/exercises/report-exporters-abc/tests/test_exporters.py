import pytest

from solution import CsvExporter, Exporter

RECORDS = [{"name": "Tea, green", "qty": 3}, {"name": "Mug", "qty": None}]


def test_csv_export():
    text = CsvExporter(["name", "qty"]).export(RECORDS)
    assert text == 'name,qty\n"Tea, green",3\nMug,\n'


def test_markdown_by_name():
    text = Exporter.for_format("markdown", ["name"]).export([{"name": "a|b"}])
    assert text == "| name |\n| --- |\n| a\\|b |\n"


def test_the_base_class_is_abstract():
    with pytest.raises(TypeError):
        Exporter(["name"])
