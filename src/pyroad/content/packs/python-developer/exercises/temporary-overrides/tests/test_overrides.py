import pytest

from overrides import Overrides


def test_statement_example():
    env = {"MODE": "prod", "DEBUG": "0"}
    with Overrides(env, DEBUG="1", CACHE="/tmp/c") as current:
        assert current is env
        assert env == {"MODE": "prod", "DEBUG": "1", "CACHE": "/tmp/c"}
    assert env == {"MODE": "prod", "DEBUG": "0"}


def test_none_removes_a_key_inside_the_block():
    env = {"MODE": "prod"}
    with Overrides(env, MODE=None):
        assert "MODE" not in env
    assert env == {"MODE": "prod"}


def test_restores_after_an_exception_and_lets_it_through():
    env = {"DEBUG": "0"}
    with pytest.raises(ZeroDivisionError):
        with Overrides(env, DEBUG="1"):
            1 / 0
    assert env == {"DEBUG": "0"}
