import pytest

from steps import SkipStep, step


def test_a_step_that_works():
    events = []
    with step(events, "lint"):
        events.append("checking 12 files")
    assert events == ["begin lint", "checking 12 files", "end lint"]


def test_a_skipped_step_is_swallowed():
    events = []
    with step(events, "docs"):
        raise SkipStep("no changes")
    assert events == ["begin docs", "skip docs: no changes"]


def test_a_failing_step_lets_the_exception_through():
    events = []
    with pytest.raises(ValueError):
        with step(events, "test"):
            raise ValueError("3 tests failed")
    assert events == ["begin test", "abort test: ValueError"]
