import pytest

from gitlog import churn_by_author, parse_log

SAMPLE = (
    "commit 3f2a9c1\tAna Lima\t2024-05-02\tAdd bulk discount to invoice lines\n"
    "\n"
    "12\t3\tbilling/invoice.py\n"
    "40\t0\ttests/test_invoice.py\n"
    "-\t-\tdocs/discount.png\n"
    "\n"
    "commit 9be0d44\tTom Berg\t2024-05-01\tMerge branch 'fix-readme'\n"
    "commit 51c07aa\tTom Berg\t2024-04-30\tFix typo in README\n"
    "\n"
    "1\t1\tREADME.md\n"
)


def test_first_commit_of_the_sample():
    assert parse_log(SAMPLE)[0] == {
        "hash": "3f2a9c1",
        "author": "Ana Lima",
        "date": "2024-05-02",
        "subject": "Add bulk discount to invoice lines",
        "files": ["billing/invoice.py", "tests/test_invoice.py", "docs/discount.png"],
        "added": 52,
        "deleted": 3,
    }


def test_ranking_of_the_sample():
    assert churn_by_author(parse_log(SAMPLE)) == [("Ana Lima", 1, 55), ("Tom Berg", 2, 2)]


def test_a_file_line_before_any_commit():
    with pytest.raises(ValueError, match="^line 1:"):
        parse_log("3\t1\tREADME.md\n")
