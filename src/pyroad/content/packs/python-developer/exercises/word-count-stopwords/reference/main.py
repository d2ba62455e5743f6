"""Print the most common words of a text file: python main.py FILE [--top N] [--stopwords FILE]"""

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
    parser.add_argument("--stopwords", metavar="FILE", help="a file of words to leave out")
    return parser.parse_args(argv)


def read_text(path):
    with open(path, encoding="utf-8") as file:
        return file.read()


def read_stopwords(path):
    """The words listed in a stop-word file, lowercased; blank lines and # comments skipped."""
    stop = set()
    for line in read_text(path).splitlines():
        word = line.strip().lower()
        if not word.startswith("#"):
            stop.add(word)
    return stop


def main(argv):
    args = parse_args(argv)
    if args.top < 1:
        print("error: --top must be at least 1", file=sys.stderr)
        return 2
    try:
        text = read_text(args.file)
        stop = read_stopwords(args.stopwords) if args.stopwords else set()
    except FileNotFoundError as error:
        print(f"error: {error.filename} not found", file=sys.stderr)
        return 1
    found = [word for word in words(text) if word not in stop]
    print(f"{len(found)} words, {len(set(found))} distinct")
    for word, count in top_words(found, args.top):
        print(f"{count:>5}  {word}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
