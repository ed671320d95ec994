"""Generation speed on a synthetic 1 MB article: prints MB/s (run by hand, never in tests).

python bench/bench_generate.py [--size-mb 1.0]
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import simplemma

from quizlib.generate import generate_deck

SEED = Path(__file__).resolve().parent.parent / "tests" / "generate" / "articles"


def synthetic_article(size: int, rng: random.Random) -> str:
    """An article of about `size` bytes: shuffled paragraphs of the test articles, with
    numbers and years varied so facts do not repeat."""
    paragraphs: list[str] = []
    for path in sorted(SEED.glob("*.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    out: list[str] = []
    total = 0
    while total < size:
        p = rng.choice(paragraphs)
        p = p.replace("1949", str(rng.randint(1800, 2020))).replace("27", str(rng.randint(2, 99)))
        out.append(p)
        total += len(p.encode("utf-8")) + 2
    return "\n\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--size-mb", type=float, default=1.0)
    args = ap.parse_args()
    text = synthetic_article(int(args.size_mb * 1_000_000), random.Random(7))
    mb = len(text.encode("utf-8")) / 1_000_000
    # Warm up: simplemma loads each language's dictionary once per process (~0.5 s).
    for language in ("it", "en"):
        simplemma.lemmatize("parole", lang=language)
        simplemma.is_known("parole", lang=language)
    generate_deck("Il Presidente Mario Rossi è nato nel 1950. Rossi ha detto sì.", deck_id="w")
    generate_deck("President John Smith was born in 1950. Smith said yes.", deck_id="w")
    start, cpu = time.perf_counter(), time.process_time()
    deck = generate_deck(text, deck_id="bench")
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(
        f"{mb:.2f} MB in {seconds:.2f} s: {mb / seconds:.2f} MB/s "
        f"(CPU {cpu:.2f} s: {mb / cpu:.2f} MB/s; {len(deck.cards)} cards)"
    )


if __name__ == "__main__":
    main()
