import contextlib
import importlib
import io
import runpy
import sys

from pyroad.grading.checks import call, probe


def _captured(action, argv):
    """Run ``action()`` with ``sys.argv`` set; return what it did, printed and how it ended."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.argv
    sys.argv = argv
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                result = ["returned", action()]
            except SystemExit as exc:
                result = ["exited", exc.code]
    finally:
        sys.argv = saved
    return [*result, out.getvalue(), err.getvalue() != ""]


def import_again(module, argv):
    """Import the module again while the command line holds ``argv``: it must stay quiet."""
    got = _captured(lambda: importlib.reload(module) and None, argv)
    names = ["split_bill", "main"]
    return [got, [callable(getattr(module, name, None)) for name in names]]


def call_main(module, argv):
    return _captured(lambda: module.main(list(argv)), ["solution.py", "99", "99", "99"])


def run_as_script(module, argv):
    return _captured(lambda: runpy.run_path(module.__file__, run_name="__main__") and None,
                     ["solution.py", *argv])


CHECKS = [
    call("the statement's example", "split_bill", 4850, 15, 3, reveal=True),
    call("no tip, even split", "split_bill", 1000, 0, 4),
    call("a share is rounded up to the cent", "split_bill", 1000, 0, 3),
    call("a tip is rounded down to the cent", "split_bill", 999, 15, 1),
    call("one person pays everything", "split_bill", 2599, 10, 1),
    call("an empty bill", "split_bill", 0, 20, 5),
    call("zero people", "split_bill", 1000, 10, 0),
    call("a negative number of people", "split_bill", 1000, 10, -2),
    call("a negative amount", "split_bill", -1, 10, 2),
    call("a negative tip", "split_bill", 1000, -1, 2),
    probe("importing the module prints nothing and runs nothing", import_again,
          ["solution.py", "48.50", "15", "3"]),
    probe("main prints the tip and the share", call_main, ["48.50", "15", "3"]),
    probe("main with no arguments", call_main, []),
    probe("main with too many arguments", call_main, ["10", "10", "2", "extra"]),
    probe("main with too few arguments", call_main, ["10", "10"]),
    probe("running the file as a script", run_as_script, ["12.05", "18", "4"]),
    probe("running the file with a missing argument", run_as_script, ["12.05", "18"]),
]


def generate(rng):
    return [
        call(f"random bill #{n}", "split_bill",
             rng.randint(1, 50_000), rng.choice([0, 5, 10, 12, 15, 18, 20, 25]), rng.randint(1, 9))
        for n in range(1, 4)
    ]
