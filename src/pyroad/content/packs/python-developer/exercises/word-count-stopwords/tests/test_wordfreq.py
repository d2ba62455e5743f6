import subprocess
import sys
from pathlib import Path

MAIN = Path(__file__).resolve().parents[1] / "main.py"
DRAFT = "The cat and the other cat sat on a mat... the end\n"
STOP = "# stop.txt: words I don't care about\nthe\nA\nand\n"


def run(folder, *args):
    return subprocess.run(
        [sys.executable, str(MAIN), *args], cwd=folder, capture_output=True, text=True
    )


def test_the_top_words(tmp_path):
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    done = run(tmp_path, "draft.txt", "--top", "3")
    assert done.returncode == 0
    assert done.stdout == "12 words, 9 distinct\n    3  the\n    2  cat\n    1  a\n"


def test_stop_words_are_left_out(tmp_path):
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "stop.txt").write_text(STOP, encoding="utf-8")
    done = run(tmp_path, "draft.txt", "--top", "3", "--stopwords", "stop.txt")
    assert done.returncode == 0
    assert done.stdout == "7 words, 6 distinct\n    2  cat\n    1  end\n    1  mat\n"
