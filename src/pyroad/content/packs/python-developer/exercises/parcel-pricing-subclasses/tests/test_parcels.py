import pytest

from solution import ExpressParcel, InsuredExpressParcel, InsuredParcel


def test_express_costs_twice_as_much():
    assert ExpressParcel(2.5).price() == 1700


def test_insured_label():
    assert InsuredParcel(2.5, 20000).label() == "insured: 2.5 kg, 12.50, insured for 200.00"


def test_insured_express_is_limited_to_10_kg():
    with pytest.raises(ValueError):
        InsuredExpressParcel(12, 1000)
