import re
from collections import Counter

LINE = re.compile(
    r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3})
    \ \S+\ \S+
    \ \[(?P<time>[^\]]*)\]
    \ "(?P<method>[A-Z]+)\ (?P<path>/[^?\s"]*)(?:\?[^\s"]*)?\ HTTP/\d\.\d"
    \ (?P<status>\d{3})
    \ (?P<size>\d+|-)
    """,
    re.VERBOSE,
)


def parse_line(line):
    match = LINE.fullmatch(line.strip())
    if match is None:
        return None
    entry = match.groupdict()
    entry["status"] = int(entry["status"])
    entry["size"] = 0 if entry["size"] == "-" else int(entry["size"])
    return entry


def summarize(lines):
    entries = []
    malformed = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        entry = parse_line(line)
        if entry is None:
            malformed.append(number)
        else:
            entries.append(entry)
    by_status = Counter(f"{entry['status'] // 100}xx" for entry in entries)
    paths = Counter(entry["path"] for entry in entries)
    return {
        "requests": len(entries),
        "bytes": sum(entry["size"] for entry in entries),
        "by_status": dict(by_status),
        "top_paths": sorted(paths.items(), key=lambda item: (-item[1], item[0]))[:3],
        "malformed": malformed,
    }
