from solution import unique_emails


def test_example_from_the_statement():
    got = unique_emails(
        ["ana@example.com", "Bob@Example.com", "ANA@example.com", "bob@example.com"]
    )
    assert got == ["ana@example.com", "Bob@Example.com"]


def test_the_given_list_is_not_changed():
    addresses = ["b@x.io ", "B@x.io"]
    unique_emails(addresses)
    assert addresses == ["b@x.io ", "B@x.io"]
