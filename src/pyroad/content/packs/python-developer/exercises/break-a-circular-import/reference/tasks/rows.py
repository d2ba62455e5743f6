SEPARATOR = "|"


def escape(text):
    return text.replace("\\", "\\\\").replace(SEPARATOR, "\\" + SEPARATOR)


def split_row(line):
    fields, current, chars = [], [], iter(line)
    for char in chars:
        if char == "\\":
            current.append(next(chars, ""))
        elif char == SEPARATOR:
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
    fields.append("".join(current))
    return fields
