def parse_port(value):
    """Return ``value`` as a port number (an int from 1 to 65535).

    Raise TypeError when ``value`` is not an int or a str (bools are refused), and ValueError when
    it is not a whole number or is out of range. Error messages contain the value.
    """
    raise NotImplementedError("write me")
