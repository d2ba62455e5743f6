"""What a run wrote is untrusted: the grader reads it defensively (sandbox.parse_lines)."""

from __future__ import annotations

import json

from pyroad.grading.sandbox import MAX_OBSERVATION_DEPTH, RunResult, parse_lines


def lines(*messages: object) -> bytes:
    return b"".join(json.dumps(m).encode() + b"\n" for m in messages)


def test_observations_are_read_by_case_and_the_first_one_of_a_case_counts() -> None:
    result = RunResult()
    parse_lines(lines({"case": 0, "obs": [1]}, {"case": 0, "obs": [2]}, {"done": True}), result, 1)
    assert result.observations == {0: [1]}
    assert result.done


def test_a_case_outside_the_job_and_lines_that_are_not_objects_are_counted_as_garbled() -> None:
    result = RunResult()
    parse_lines(lines({"case": 5, "obs": 1}, [1, 2], "text", None) + b"{not json\n", result, 2)
    assert (result.observations, result.garbled, result.done) == ({}, 5, False)


def test_a_line_that_is_not_utf8_is_garbled_and_the_others_still_count() -> None:
    result = RunResult()
    data = lines({"case": 0, "obs": "a"}) + b'{"case": 1, "obs": "\xff"}\n' + lines({"done": True})
    parse_lines(data, result, 2)
    assert (result.observations, result.garbled, result.done) == ({0: "a"}, 1, True)


def test_an_observation_nested_deeper_than_the_limit_is_replaced_by_an_error() -> None:
    deep: object = 1
    for _ in range(MAX_OBSERVATION_DEPTH + 5):
        deep = [deep]
    shallow: object = 1
    for _ in range(MAX_OBSERVATION_DEPTH - 5):
        shallow = {"k": shallow}
    result = RunResult()
    parse_lines(lines({"case": 0, "obs": deep}, {"case": 1, "obs": shallow}), result, 2)
    assert result.observations[0] == {"$error": "the value is nested too deeply"}
    assert result.observations[1] == shallow


def test_brackets_inside_strings_do_not_hide_a_value() -> None:
    result = RunResult()
    parse_lines(lines({"case": 0, "obs": "[" * 500}), result, 1)
    assert result.observations == {0: "[" * 500}
