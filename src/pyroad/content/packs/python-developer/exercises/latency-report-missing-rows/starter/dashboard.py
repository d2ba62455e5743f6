"""What the on-call dashboard runs (python dashboard.py access.log)."""

import sys

from latency import latency_report

if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as handle:
        print(latency_report(handle.read()))
