import inspect

from pyroad.grading.checks import probe

RECORDS = [{"name": "Tea, green", "qty": 3}, {"name": "Mug", "qty": None}]


def _attempt(action):
    try:
        return action()
    except Exception as exc:  # the kind of error is what is observed
        return {"error": type(exc).__name__}


def exported(module, cls, columns, records):
    exporter = _attempt(lambda: getattr(module, cls)(columns))
    if isinstance(exporter, dict):
        return exporter
    return [exporter.columns, exporter.header(), exporter.export(records)]


def by_name(module, name, columns, records):
    exporter = _attempt(lambda: module.Exporter.for_format(name, columns))
    if isinstance(exporter, dict):
        return exporter
    return [type(exporter).__name__, exporter.export(records)]


def abstract_rules(module):
    base = module.Exporter

    class OnlyHeader(base):
        def header(self):
            return "h"

    class OnlyRow(base):
        def row(self, cells):
            return "r"

    def name(cls):
        made = _attempt(lambda: cls(["a"]))
        return made if isinstance(made, dict) else "created"

    return {
        "base": name(base),
        "only header": name(OnlyHeader),
        "only row": name(OnlyRow),
        "csv": name(module.CsvExporter),
        "markdown": name(module.MarkdownExporter),
        "abstract": sorted(getattr(base, "__abstractmethods__", [])),
        "subclasses": [issubclass(module.CsvExporter, base),
                       issubclass(module.MarkdownExporter, base)],
        "export is shared": [
            "export" not in vars(module.CsvExporter),
            "export" not in vars(module.MarkdownExporter),
            not inspect.isabstract(base) or "export" not in base.__abstractmethods__,
        ],
    }


def a_new_format(module, records):
    """A format defined outside the learner's module, two levels down, without a header."""

    class Keyed(module.Exporter):
        format_name = "keyed-probe"

        def header(self):
            return None

        def row(self, cells):
            return ";".join(f"{c}={v}" for c, v in zip(self.columns, cells, strict=True))

    class Shouty(Keyed):
        format_name = "shouty-probe"

        def header(self):
            return "#" + ",".join(self.columns)

        def row(self, cells):
            return super().row(cells).upper()

    class Quiet(Shouty):
        pass

    keyed = module.Exporter.for_format("keyed-probe", ["a", "b"])
    shouty = module.Exporter.for_format("shouty-probe", ["b", "a"])
    return [type(keyed).__name__, keyed.export(records), keyed.export([]),
            type(shouty).__name__, shouty.export(records), shouty.export([]),
            type(Quiet(["x"])).__name__]


CHECKS = [
    probe("the statement's CSV", exported, "CsvExporter", ["name", "qty"], RECORDS, reveal=True),
    probe("the statement's Markdown", by_name, "markdown", ["name", "qty"], RECORDS, reveal=True),
    probe("CSV by name", by_name, "csv", ["qty"], RECORDS),
    probe("an unknown format", by_name, "xml", ["a"], []),
    probe("a format name is looked up exactly", by_name, "CSV", ["a"], []),
    probe("no columns", exported, "CsvExporter", [], []),
    probe("no records", exported, "MarkdownExporter", ["a", "b", "c"], []),
    probe("CSV quoting", exported, "CsvExporter", ["text", "n"],
          [{"text": 'say "hi"', "n": 1}, {"text": "two\nlines", "n": 2.5},
           {"text": "plain", "n": 0}, {"text": "", "n": False}, {"text": '"', "n": ","}]),
    probe("CSV column names are quoted too", exported, "CsvExporter", ["a,b", "c"],
          [{"a,b": 1, "c": 2}]),
    probe("Markdown escaping", exported, "MarkdownExporter", ["x", "y"],
          [{"x": "a|b", "y": "one\ntwo"}, {"x": 0, "y": None}, {"z": 1}]),
    probe("missing keys and extra keys", exported, "CsvExporter", ["b", "a"],
          [{"a": 1}, {"b": 2, "extra": 3}, {}]),
    probe("unicode cells", exported, "MarkdownExporter", ["ville"],
          [{"ville": "Zürich"}, {"ville": "東京"}]),
    probe("the columns are copied into a list", exported, "CsvExporter", ("a", "b"), [{"a": 1}]),
    probe("abstract methods", abstract_rules),
    probe("a format added later", a_new_format, [{"a": 1, "b": "x"}, {"a": None}]),
]


def generate(rng):
    words = ["ok", "a,b", 'q"t', "x|y", "", "multi\nline", "naïve", 7, 0, None, 2.5]
    cases = []
    for n in range(1, 5):
        columns = rng.sample(["id", "name", "note", "qty"], rng.randint(1, 4))
        records = [{c: rng.choice(words) for c in columns if rng.random() < 0.85}
                   for _ in range(rng.randint(1, 5))]
        cases.append(probe(f"random table #{n}", by_name, rng.choice(["csv", "markdown"]),
                           columns, records))
    return cases
