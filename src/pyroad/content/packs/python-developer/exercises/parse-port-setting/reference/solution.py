def parse_port(value):
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise TypeError(f"port must be an int or a str, not {type(value).__name__}: {value}")
    if isinstance(value, str):
        text = value.strip()
        if not (text.isascii() and text.isdigit()):
            raise ValueError(f"port must be a whole number, got {value!r}")
        value = int(text)
    if not 1 <= value <= 65535:
        raise ValueError(f"port {value} is outside 1-65535")
    return value
