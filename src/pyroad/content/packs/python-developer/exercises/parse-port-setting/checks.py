from pyroad.grading.checks import call, probe


def messages_name_the_value(module, values):
    """For each bad value: does the error message contain the value, as str() shows it?"""
    found = []
    for value in values:
        try:
            module.parse_port(value)
        except (TypeError, ValueError) as error:
            found.append(str(value) in str(error))
        else:
            found.append("no error raised")
    return found


def result_type(module, value):
    return type(module.parse_port(value)).__name__


CHECKS = [
    call("a port as text", "parse_port", "8080", reveal=True),
    call("whitespace around the text", "parse_port", "  443\n", reveal=True),
    call("a port as an int", "parse_port", 22, reveal=True),
    call("text that is not a number", "parse_port", "http", reveal=True),
    call("an int out of range", "parse_port", 70000, reveal=True),
    call("a bool is refused", "parse_port", True, reveal=True),
    call("a float is refused", "parse_port", 8080.0),
    call("the lowest port", "parse_port", "1"),
    call("port zero", "parse_port", "0"),
    call("the highest port", "parse_port", 65535),
    call("just above the highest port", "parse_port", "65536"),
    call("a plus sign in text", "parse_port", "+80"),
    call("empty text", "parse_port", ""),
    call("leading zeros", "parse_port", "0080"),
    call("Arabic-Indic digits", "parse_port", "\u0668\u0660"),
    probe("the result is an int", result_type, " 9000 "),
    probe("error messages name the value", messages_name_the_value, ["80a", 0, 12.5, None]),
]


def generate(rng):
    cases = []
    for n in range(1, 3):
        number = rng.choice([rng.randint(-5, 5), rng.randint(65530, 65540), rng.randint(1, 99999)])
        padding = rng.choice(["", " ", "\t", "\n"])
        cases.append(call(f"random text port #{n}", "parse_port", f"{padding}{number}{padding}"))
    cases.append(call("random int port", "parse_port", rng.randint(-100, 70000)))
    return cases
