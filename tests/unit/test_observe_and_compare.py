"""Observations are plain data; comparisons never touch a learner's object."""

from __future__ import annotations

from typing import Any

import pytest

from pyroad.grading.checks import approx, call, custom, probe, run, unordered
from pyroad.grading.compare import MISSING, compare, display, equal
from pyroad.grading.observe import decode, encode, encode_exception


class AlwaysEqual:
    def __eq__(self, other: object) -> bool:
        return True

    __hash__ = object.__hash__


class LyingInt(int):
    def __eq__(self, other: object) -> bool:
        return True

    __hash__ = int.__hash__


class LyingList(list[int]):
    def __eq__(self, other: object) -> bool:
        return True


def test_plain_values_pass_through_and_tags_round_trip() -> None:
    value = {"a": [1, 2.5, None, True], "b": (1, "x"), "c": {3, 1}, "d": b"\x00\xff"}
    data = encode(value)
    assert data == {
        "a": [1, 2.5, None, True],
        "b": {"$tuple": [1, "x"]},
        "c": {"$set": [1, 3]},
        "d": {"$bytes": "00ff"},
    }
    assert decode(data) == value
    assert encode({1: "one"}) == {"$dict": [[1, "one"]]}
    assert encode(float("nan")) == {"$float": "nan"}


@pytest.mark.parametrize("hostile", [AlwaysEqual(), LyingInt(5), LyingList([1, 2])])
def test_objects_with_a_lying_eq_become_objects_that_match_nothing(hostile: Any) -> None:
    data = encode(hostile)
    assert set(data) == {"$object"}
    check = call("c", "f")
    for expected in (5, [1, 2], None, "x", {"$object": "other.Thing"}):
        assert compare(check, data, expected) is not None


def test_cyclic_deep_and_huge_values_become_short_errors() -> None:
    cyclic: list[Any] = [1]
    cyclic.append(cyclic)
    deep: list[Any] = []
    for _ in range(100):
        deep = [deep]
    assert encode(cyclic) == {"$error": "the value contains itself (a cycle)"}
    assert encode(deep) == {"$error": "the value is nested too deeply"}
    assert encode(list(range(100_000))) == {"$error": "the value has too many items"}
    assert encode(10**400) == {"$error": "the integer is too large"}
    shared = [1]
    assert encode([shared, shared]) == [[1], [1]], "a shared item is not a cycle"


def test_exceptions_are_observed_by_type_and_message() -> None:
    assert encode_exception(ValueError("bad")) == {"$raises": "ValueError", "message": "bad"}


def test_equality_is_strict_about_kinds_but_not_int_versus_float() -> None:
    exact = call("c", "f").compare
    assert equal(2, 2.0, exact)
    assert not equal(True, 1, exact)
    assert not equal([1], {"$tuple": [1]}, exact)
    assert not equal({"a": 1}, {"a": 1, "b": 2}, exact)
    assert equal(0.1 + 0.2, 0.3, approx(1e-9))
    assert not equal(0.1 + 0.2, 0.3, exact)


def test_a_failed_case_says_what_was_returned_and_reveals_only_when_allowed() -> None:
    hidden = call("sum", "total", [1, 2])
    shown = call("sum", "total", [1, 2], reveal=True)
    assert compare(hidden, 4, 3) == "total([1, 2]) returned 4, which is not the expected result"
    assert compare(shown, 4, 3) == "total([1, 2]) returned 4, expected 3"
    assert "a int was expected, not a str" in (compare(hidden, "3", 3) or "")
    assert compare(hidden, 3, 3) is None


def test_exceptions_match_by_type_and_are_reported_when_unexpected() -> None:
    check = call("c", "parse", "x")
    raised = {"$raises": "ValueError", "message": "nope"}
    assert compare(check, raised, {"$raises": "ValueError", "message": "other"}) is None
    assert compare(check, 3, raised) == "parse('x') returned 3; it should raise ValueError"
    assert compare(check, raised, 3) == "parse('x') raised ValueError: nope"
    assert compare(check, MISSING, 3) == "no result: the run stopped before this check"


def test_unordered_and_custom_comparisons() -> None:
    loose = call("c", "f", compare=unordered())
    assert compare(loose, [3, 1, 2], [1, 2, 3]) is None
    assert compare(loose, [3, 1], [1, 2, 3]) is not None
    within_one = custom(lambda got, want: None if abs(got - want) <= 1 else "too far")
    check = call("c", "f", compare=within_one)
    assert compare(check, 10, 11) is None
    assert compare(check, 10, 12) == "too far"


def test_probes_are_described_without_repeating_the_case_name() -> None:
    def drive(module: Any) -> int:
        return 1

    check = probe("deposits add up", drive)
    assert compare(check, 2, 1) == "your code returned 2, which is not the expected result"


def test_program_results_compare_exit_code_then_output_then_files() -> None:
    check = run("r", stdin="x")
    want = {"stdout": "2 3\nok\n", "exit_code": 0, "files": {"out.txt": "done"}}
    assert compare(check, dict(want), want) is None
    assert compare(check, {**want, "exit_code": 1}, want) == "exit code 1, expected 0"
    bad_line = {**want, "stdout": "2 3\nko\n"}
    assert compare(check, bad_line, want) == "line 2 of the output is 'ko'"
    assert compare(run("r", reveal=True), bad_line, want) == (
        "line 2 of the output is 'ko', expected 'ok'"
    )
    missing = {**want, "files": {"out.txt": None}}
    assert compare(check, missing, want) == "the program did not write out.txt"


def test_display_shortens_long_values() -> None:
    assert display(list(range(1000))).endswith("...")
    assert len(display(list(range(1000)))) == 160
