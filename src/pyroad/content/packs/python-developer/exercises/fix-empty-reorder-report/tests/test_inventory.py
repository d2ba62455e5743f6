from inventory.parse import read_stock
from inventory.report import build_report, low_stock

STOCK = [
    "# sku;name;quantity;reorder level;unit cost\n",
    "BOLT-M6;Hex bolt M6;4;20;0.12\n",
    "NUT-M6;Hex nut M6;250;50;0.05\n",
]

EXPECTED = (
    "Stock value: 12.98\n"
    "Reorder:\n"
    "  BOLT-M6 Hex bolt M6: 4 left (reorder at 20)"
)


def test_low_stock_on_a_list():
    items = list(read_stock(STOCK))
    assert [item["sku"] for item in low_stock(items)] == ["BOLT-M6"]


def test_report_from_a_list():
    assert build_report(list(read_stock(STOCK))) == EXPECTED


def test_report_straight_from_read_stock():
    assert build_report(read_stock(STOCK)) == EXPECTED
