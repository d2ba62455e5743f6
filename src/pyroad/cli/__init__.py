"""The ``pyroad`` command line: thin commands over :mod:`pyroad.services`."""
