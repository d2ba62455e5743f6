"""Summaries of invoices per customer for the finance team."""

STATUSES = ("paid", "open", "overdue")


def check_invoice(invoice):
    """Raise ValueError when an invoice has a negative amount or an unknown status."""
    if invoice["amount"] < 0:
        raise ValueError("negative amount")
    if invoice["status"] not in STATUSES:
        raise ValueError(f"unknown status {invoice['status']}")


def add_invoice(totals, invoice):
    """Add one invoice to a customer's running totals."""
    totals["billed"] += invoice["amount"]
    if invoice["status"] == "paid":
        totals["paid"] += invoice["amount"]
    elif invoice["status"] == "overdue":
        totals["overdue"] += 1


def summarize(invoices):
    """Billed, paid and overdue figures per customer, in order of first appearance."""
    summary = {}
    for invoice in invoices:
        check_invoice(invoice)
        empty = {"billed": 0, "paid": 0, "overdue": 0}
        totals = summary.setdefault(invoice["customer"], empty)
        add_invoice(totals, invoice)
    return summary
