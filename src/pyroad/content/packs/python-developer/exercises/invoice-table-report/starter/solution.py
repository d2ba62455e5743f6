def format_invoice(lines):
    """Return the invoice table for ``(name, quantity, price)`` lines, as one string."""
    raise NotImplementedError("write me")
