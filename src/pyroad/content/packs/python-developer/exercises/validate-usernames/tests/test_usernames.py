from solution import is_valid_username


def test_good_names():
    assert is_valid_username("ana_lima")
    assert is_valid_username("r2-d2")


def test_bad_names():
    assert not is_valid_username("al")
    assert not is_valid_username("9lives")
    assert not is_valid_username("ana\n")
