from .cart import cart_total, receipt
from .prices import format_price, parse_price

__all__ = ["cart_total", "format_price", "parse_price", "receipt"]
