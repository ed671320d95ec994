"""Question quality on a corpus of articles with gold facts: prints recall (gold facts covered
by a card from their sentence), wh (covered by a real question, not a cloze), leaks, page
furniture, duplicates and cards per fact, as ../shared/tools/quality.py measures them (run by
hand, never in tests).

python bench/bench_quality.py [--show-missed]

bench/quality/ holds 370 news articles with background entries (185 Italian, 185 English, some
noisy: hard-wrapped lines, menus, captions, credits) and, beside each, the facts a careful quiz
writer would ask (ARTICLE.sample.yaml, the format of the shared sample). The people and events
are invented; the entries describe real places and organisations (some of them invented too).
The articles came in sets of eight, each written without seeing the generator. Most sets
were measured once, as unseen text, before they joined the corpus; the others were used to
find sentence shapes while rules were written. The shared sample (vertice-budapest) is
measured on its own line first.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "quality"
SHARED = ROOT.parent / "shared"
QUALITY = SHARED / "tools" / "quality.py"


def _pairs() -> list[str]:
    out: list[str] = []
    for article in sorted(CORPUS.glob("*.txt")):
        gold = article.with_name(article.name.split(".")[0] + ".sample.yaml")
        if gold.exists():
            out += [str(article), str(gold)]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--show-missed", action="store_true", help="list the facts no card covers")
    args = ap.parse_args()
    if not QUALITY.exists():
        sys.exit(f"{QUALITY} not found: the shared folder must sit beside the repository")
    extra = ["--show-missed"] if args.show_missed else []
    quiz = f"{sys.executable} -m quizlib"
    sample = [str(SHARED / "articles" / "vertice-budapest.it.txt")]
    sample.append(str(SHARED / "quality" / "vertice-budapest.sample.yaml"))
    for label, pairs in (("shared sample", sample), ("corpus", _pairs())):
        out = subprocess.run(
            [sys.executable, str(QUALITY), "--quiz", quiz, *extra, *pairs],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        if args.show_missed:
            print(out)
        print(f"{label}: {out.strip().splitlines()[-1]}")


if __name__ == "__main__":
    main()
