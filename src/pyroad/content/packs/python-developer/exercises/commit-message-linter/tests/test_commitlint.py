from commitlint import lint_commit_message


def test_a_good_message():
    assert lint_commit_message("Add bulk discount to invoice lines\n\nLarge orders get 10% off.\n") == []


def test_the_statement_example():
    assert lint_commit_message("fixed the rounding of VAT on invoices.\nIt was wrong.") == [
        "subject ends with a period",
        "subject does not start with a capital letter",
        "subject should use the imperative mood, not 'fixed'",
        "line 2 must be blank",
    ]


def test_only_comments():
    assert lint_commit_message("# Please enter the commit message\n\n") == ["empty message"]
