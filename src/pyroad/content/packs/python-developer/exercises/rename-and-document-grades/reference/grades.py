"""Pass/fail decisions and the printed summary for one exam."""


def grade_students(results, pass_mark=60):
    """Decide who passed.

    ``results`` is a list of (student, score) pairs. Returns a dict mapping each student to
    "pass" or "fail" (a student listed twice keeps their last result) and the average of all
    scores, rounded to one decimal (0.0 when there are no results).
    """
    grades = {}
    total = 0
    for student, score in results:
        total += score
        grades[student] = "pass" if score >= pass_mark else "fail"
    average = round(total / len(results), 1) if results else 0.0
    return grades, average


def format_grades(results, pass_mark=60):
    """The summary for the notice board: one "student: grade" line each, by name, then the average."""
    grades, average = grade_students(results, pass_mark)
    lines = [f"{student}: {grades[student]}" for student in sorted(grades)]
    lines.append(f"average: {average}")
    return "\n".join(lines)
