from pyroad.grading.checks import probe


def _attempt(action):
    try:
        return action()
    except Exception as exc:  # the kind of error is what is observed
        return {"error": type(exc).__name__}


def operations(module, opening, ops):
    """Open an account, apply [method, amount] steps; observe each result and the final balance."""
    if opening is None:
        account = module.BankAccount("Ada")
    else:
        account = _attempt(lambda: module.BankAccount("Ada", opening))
        if isinstance(account, dict):
            return account
    seen = [account.balance]
    for name, amount in ops:
        seen.append(_attempt(lambda: getattr(account, name)(amount)))
        seen.append(account.balance)
    return seen


def refused_withdrawal(module, opening, amount):
    account = module.BankAccount("Bo", opening)
    try:
        account.withdraw(amount)
    except module.InsufficientFunds as exc:
        return [exc.shortfall, str(exc), isinstance(exc, ValueError), account.balance]
    return ["no error", account.balance]


def balance_is_read_only(module):
    account = module.BankAccount("Cy", 40)
    outcome = _attempt(lambda: setattr(account, "balance", 1000))
    return [outcome, account.balance]


def transfer(module, first, second, amount):
    a = module.BankAccount("Ada", first)
    b = module.BankAccount("Bo", second)
    outcome = _attempt(lambda: a.transfer(b, amount))
    return [outcome, a.balance, b.balance]


def representation(module, owner, opening, deposit):
    account = module.BankAccount(owner, opening)
    account.deposit(deposit)
    return [repr(account), account.owner]


def accounts_are_separate(module):
    a = module.BankAccount("Ada", 10)
    b = module.BankAccount("Bo", 20)
    a.deposit(5)
    b.withdraw(20)
    return [a.balance, b.balance]


CHECKS = [
    probe("the statement's example", operations, 100, [["deposit", 50], ["withdraw", 180]],
          reveal=True),
    probe("the statement's refused withdrawal", refused_withdrawal, 150, 180, reveal=True),
    probe("the statement's transfer", transfer, 150, 0, 120, reveal=True),
    probe("the statement's repr", representation, "Ada", 0, 30, reveal=True),
    probe("default opening balance is zero", operations, None, [["deposit", 1]]),
    probe("opening balance of zero", operations, 0, [["withdraw", 1]]),
    probe("negative opening balance", operations, -1, []),
    probe("withdraw the whole balance", operations, 75, [["withdraw", 75], ["withdraw", 1]]),
    probe("withdraw one cent too much", refused_withdrawal, 75, 76),
    probe("zero and negative amounts", operations, 10,
          [["deposit", 0], ["deposit", -5], ["withdraw", 0], ["withdraw", -1], ["deposit", 1]]),
    probe("balance cannot be assigned", balance_is_read_only),
    probe("a refused transfer changes nothing", transfer, 50, 7, 51),
    probe("transfer of everything", transfer, 50, 7, 50),
    probe("transfer of a zero amount", transfer, 50, 7, 0),
    probe("repr with quotes in the name", representation, "Zoë O'Neil", 5, 1),
    probe("two accounts keep their own balance", accounts_are_separate),
]


def generate(rng):
    cases = []
    for n in range(1, 5):
        ops = [[rng.choice(["deposit", "withdraw", "withdraw"]), rng.randint(-5, 120)]
               for _ in range(rng.randint(6, 14))]
        cases.append(probe(f"random operations #{n}", operations, rng.randint(0, 100), ops))
    return cases
