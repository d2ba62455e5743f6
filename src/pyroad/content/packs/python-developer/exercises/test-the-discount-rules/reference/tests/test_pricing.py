import pytest

from pricing import discounted_price


def test_one_item_costs_its_price():
    assert discounted_price(3.5, 1) == 3.5


def test_nine_items_pay_full_price():
    assert discounted_price(2.0, 9) == 18.0


def test_ten_items_get_five_percent_off():
    assert discounted_price(2.0, 10) == 19.0


def test_forty_nine_items_still_get_five_percent():
    assert discounted_price(2.0, 49) == 93.1


def test_fifty_items_get_ten_percent_off():
    assert discounted_price(2.0, 50) == 90.0


def test_members_get_two_off():
    assert discounted_price(5.0, 1, member=True) == 3.0


def test_members_get_two_off_after_the_volume_discount():
    assert discounted_price(2.0, 10, member=True) == 17.0


def test_a_member_total_never_goes_below_zero():
    assert discounted_price(1.0, 1, member=True) == 0


def test_a_free_item_is_allowed():
    assert discounted_price(0, 1) == 0


def test_rounds_to_cents():
    assert discounted_price(0.333, 3) == 1.0


@pytest.mark.parametrize(("price", "quantity"), [(-0.01, 1), (1.0, 0), (1.0, -3)])
def test_bad_input_is_refused(price, quantity):
    with pytest.raises(ValueError):
        discounted_price(price, quantity)
