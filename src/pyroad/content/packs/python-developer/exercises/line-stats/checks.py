from pyroad.grading.checks import run

CHECKS = [
    run("the statement's example", stdin="hello world\nbye\n", reveal=True),
    run("lines only", stdin="hello world\nbye\n", args=["--lines-only"], reveal=True),
    run("empty input", stdin=""),
    run("no newline at the end", stdin="one two\nthree"),
    run("blank lines and tabs", stdin="\n\n  a\tb  \n\n"),
    run("an unknown argument", stdin="x\n", args=["--words"]),
    run("unicode text", stdin="naïve café\nüber\n"),
]
