import pytest

from solution import BankAccount, InsufficientFunds


def test_deposit_and_withdraw():
    account = BankAccount("Ada", 100)
    assert account.deposit(50) == 150
    assert account.withdraw(20) == 130
    assert account.balance == 130


def test_overdraft_is_refused():
    account = BankAccount("Ada", 100)
    with pytest.raises(InsufficientFunds) as info:
        account.withdraw(130)
    assert info.value.shortfall == 30
    assert account.balance == 100


def test_transfer():
    a, b = BankAccount("Ada", 100), BankAccount("Bo")
    a.transfer(b, 60)
    assert (a.balance, b.balance) == (40, 60)
