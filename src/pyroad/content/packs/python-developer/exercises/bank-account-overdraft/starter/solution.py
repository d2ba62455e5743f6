class InsufficientFunds(ValueError):
    """Raised when a withdrawal is larger than the balance; ``shortfall`` is the missing amount."""


class BankAccount:
    """A bank account whose balance (in cents) never goes below zero."""

    def __init__(self, owner, balance=0):
        raise NotImplementedError("write me")

    def deposit(self, amount):
        """Add ``amount`` and return the new balance."""
        raise NotImplementedError("write me")

    def withdraw(self, amount):
        """Take out ``amount`` and return the new balance; refuse overdrafts."""
        raise NotImplementedError("write me")

    def transfer(self, other, amount):
        """Move ``amount`` from this account to ``other``; all or nothing."""
        raise NotImplementedError("write me")
