"""Print the most common words of a text file: python main.py FILE [--top N]"""

import argparse
import sys

from wordfreq.count import top_words
from wordfreq.tokenize import words


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="main.py", description="Print the most common words of a text file."
    )
    parser.add_argument("file", help="a UTF-8 text file")
    parser.add_argument("--top", type=int, default=10, help="how many words to show (default 10)")
    return parser.parse_args(argv)


def read_text(path):
    with open(path, encoding="utf-8") as file:
        return file.read()


def main(argv):
    args = parse_args(argv)
    if args.top < 1:
        print("error: --top must be at least 1", file=sys.stderr)
        return 2
    try:
        text = read_text(args.file)
    except FileNotFoundError:
        print(f"error: {args.file} not found", file=sys.stderr)
        return 1
    found = words(text)
    print(f"{len(found)} words, {len(set(found))} distinct")
    for word, count in top_words(found, args.top):
        print(f"{count:>5}  {word}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
