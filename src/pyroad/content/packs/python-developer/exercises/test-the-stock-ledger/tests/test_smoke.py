from ledger import Ledger


def test_the_code_under_test_imports_and_runs():
    assert Ledger().count("x") == 0
