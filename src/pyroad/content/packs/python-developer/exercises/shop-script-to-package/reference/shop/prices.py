import re


def parse_price(text):
    match = re.fullmatch(r"(\d+)(?:\.(\d{1,2}))?", text.strip())
    if match is None:
        raise ValueError(f"not a price: {text!r}")
    whole, cents = match.groups()
    return int(whole) * 100 + int((cents or "0").ljust(2, "0"))


def format_price(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"
