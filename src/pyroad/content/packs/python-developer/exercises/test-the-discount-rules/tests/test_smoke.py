from pricing import discounted_price


def test_the_code_under_test_imports_and_runs():
    assert discounted_price(1.0, 2) == 2.0
