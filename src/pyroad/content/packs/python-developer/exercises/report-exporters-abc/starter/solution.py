class Exporter:
    """Base class of all exporters: owns the loop over the records (make it abstract)."""

    def __init__(self, columns):
        self.columns = list(columns)

    def export(self, records):
        """The header (if any) and one row per record, each line ending with a newline."""
        raise NotImplementedError("write me")


class CsvExporter(Exporter):
    format_name = "csv"


class MarkdownExporter(Exporter):
    format_name = "markdown"
