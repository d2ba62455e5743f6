from pyroad.grading.checks import call, probe


def leaves_input_alone(module, addresses):
    given = list(addresses)
    snapshot = list(addresses)
    result = module.unique_emails(given)
    return [result, given == snapshot, result is given]


CHECKS = [
    call("the statement's example", "unique_emails",
         ["ana@example.com", "Bob@Example.com", "ANA@example.com", "bob@example.com"],
         reveal=True),
    call("spaces around an address", "unique_emails",
         ["  zoe@example.org", "zoe@example.org  ", "max@example.org"], reveal=True),
    call("no addresses", "unique_emails", []),
    call("one address", "unique_emails", ["Solo@Example.net "]),
    call("blank entries are dropped", "unique_emails", ["", "   ", "a@b.io", "\t"]),
    call("nothing repeated", "unique_emails", ["c@x.io", "b@x.io", "a@x.io"]),
    call("all the same address", "unique_emails", ["q@x.io", "Q@X.IO", " q@x.io", "q@X.io"]),
    call("accented letters", "unique_emails",
         ["Élodie@exemple.fr", "élodie@exemple.fr", "ÉLODIE@EXEMPLE.FR", "chloé@exemple.fr"]),
    call("a duplicate at the very end", "unique_emails", ["a@x.io", "b@x.io", "c@x.io", "A@x.io"]),
    probe("the caller's list is untouched and a new list is returned", leaves_input_alone,
          [" b@x.io", "a@x.io", "B@x.io", "", "a@x.io"]),
    probe("a new list even without duplicates", leaves_input_alone, ["a@x.io", "b@x.io"]),
]


def generate(rng):
    names = ["ana", "Ana", "bob", "BOB", "eve", "Ève", "ève", "li", "LI", "zoë"]
    cases = []
    for n in range(1, 5):
        addresses = []
        for _ in range(rng.randint(4, 15)):
            address = rng.choice(names) + "@" + rng.choice(["x.io", "X.io", "y.org"])
            addresses.append(rng.choice(["", " ", "  "]) + address + rng.choice(["", " ", "\t"]))
        cases.append(call(f"random sign-ups #{n}", "unique_emails", addresses))
    return cases
