class InsufficientFunds(ValueError):
    def __init__(self, shortfall):
        super().__init__(f"short by {shortfall}")
        self.shortfall = shortfall


def _check_amount(amount):
    if amount <= 0:
        raise ValueError("amounts must be positive")


class BankAccount:
    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("the opening balance cannot be negative")
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        _check_amount(amount)
        self._balance += amount
        return self._balance

    def withdraw(self, amount):
        _check_amount(amount)
        if amount > self._balance:
            raise InsufficientFunds(amount - self._balance)
        self._balance -= amount
        return self._balance

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)

    def __repr__(self):
        return f"BankAccount(owner={self.owner!r}, balance={self._balance})"
