from abc import ABC, abstractmethod


class Exporter(ABC):
    def __init__(self, columns):
        if not columns:
            raise ValueError("an export needs at least one column")
        self.columns = list(columns)

    @classmethod
    def for_format(cls, name, columns):
        pending = cls.__subclasses__()
        while pending:
            sub = pending.pop()
            if vars(sub).get("format_name") == name:
                return sub(columns)
            pending += sub.__subclasses__()
        raise ValueError(f"unknown format {name!r}")

    @abstractmethod
    def header(self):
        ...

    @abstractmethod
    def row(self, cells):
        ...

    def export(self, records):
        head = self.header()
        lines = [] if head is None else [head]
        for record in records:
            cells = [record.get(column) for column in self.columns]
            lines.append(self.row(["" if cell is None else str(cell) for cell in cells]))
        return "".join(f"{line}\n" for line in lines)


def _csv_cell(cell):
    if any(char in cell for char in ',"\n'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


class CsvExporter(Exporter):
    format_name = "csv"

    def header(self):
        return self.row(self.columns)

    def row(self, cells):
        return ",".join(_csv_cell(cell) for cell in cells)


class MarkdownExporter(Exporter):
    format_name = "markdown"

    def header(self):
        return self.row(self.columns) + "\n" + self.row(["---"] * len(self.columns))

    def row(self, cells):
        escaped = [cell.replace("|", "\\|").replace("\n", " ") for cell in cells]
        return "| " + " | ".join(escaped) + " |"
