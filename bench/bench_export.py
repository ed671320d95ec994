"""Benchmark: export 10,000 cards to an .apkg (target: under 2 s, `anki` import included).

Run by hand: python bench/bench_export.py [N]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from quizlib.model import Card, Deck


def make_deck(n: int) -> Deck:
    cards = []
    for i in range(n):
        match i % 4:
            case 0:
                card = Card(f"q{i}", question=f"Domanda {i} <b>?", answer=f"Risposta {i} & co")
            case 1:
                choices = (f"{i}", f"{i + 1}", f"{i + 2}", f"{i + 3}")
                card = Card(f"q{i}", question=f"Quale {i}?", answer=f"{i}", choices=choices)
            case 2:
                card = Card(f"q{i}", cloze=f"Il {{{{c1::{i}}}}} e il {{{{c2::{i + 1}}}}}.")
            case _:
                card = Card(f"q{i}", question=f"Anno {i}?", answer=f"{1900 + i % 100}", kind="date")
        cards.append(
            Card(**{**card.__dict__, "context": f"Contesto della carta {i}.", "tags": ("bench",)})
        )
    return Deck(name="Bench::Diecimila", id="bench", cards=tuple(cards), language="it")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    deck = make_deck(n)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bench.apkg"
        start, cpu = time.perf_counter(), time.process_time()
        from quizlib.anki import export_apkg  # the anki import is part of the cost

        report = export_apkg([deck], out, now=datetime.now(UTC))
        cold, cold_cpu = time.perf_counter() - start, time.process_time() - cpu
        warm = []
        for _ in range(3):
            start = time.perf_counter()
            export_apkg([deck], out, now=datetime.now(UTC))
            warm.append(time.perf_counter() - start)
        size = out.stat().st_size
    # CPU time shows the cost when other work shares the machine.
    print(
        f"{n} cards -> {report}: {cold:.2f} s first with the import of anki"
        f" ({cold_cpu:.2f} s CPU), median {statistics.median(warm):.2f} s after"
    )
    print(f"package: {size / 1024:.0f} KiB; target < 2 s: {'ok' if cold < 2 else 'SLOW'}")


if __name__ == "__main__":
    main()
