import pytest

from solution import parse_port


def test_text_and_int_ports():
    assert parse_port("8080") == 8080
    assert parse_port("  443\n") == 443
    assert parse_port(22) == 22


def test_bad_text_is_a_value_error():
    with pytest.raises(ValueError):
        parse_port("http")


def test_wrong_types_are_a_type_error():
    with pytest.raises(TypeError):
        parse_port(True)
