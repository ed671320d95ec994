"""Generation speed on synthetic articles of 1 MB in all: prints MB/s (run by hand, never in
tests).

python bench/bench_generate.py [--size-mb 1.0] [--runs 5]

Half the text is English, half Italian, each generated as one article of its own language
(a mixed text would be read with one language's rules). Each article is made of copies of the
test articles of its language, layout kept (headline, page furniture, paragraphs, quotes,
lists, background entries), and every copy gets its own names and numbers, so that almost no
sentence repeats: a real long text does not repeat its sentences, and the generator must not
be measured on its caches.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import simplemma

from quizlib.generate import generate_deck
from quizlib.generate.blocks import is_furniture
from quizlib.generate.lexicon import MONTHS, NOUN_KIND, ROLE_WORDS, STOPWORDS, WEEKDAYS

SEED = Path(__file__).resolve().parent.parent / "tests" / "generate" / "articles"
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][a-z]{3,}(?![\w’'-])")
_NUMBER = re.compile(r"\d+")
_SYLLABLES = "ka ro mi len sa dor vi tan el bri go nu pes ar lu zen ha to mer is".split()


def _names(text: str, language: str) -> list[str]:
    """Capitalised words that are names, not ordinary words, offices, months or page
    furniture ("Foto: ANSA")."""
    common = (
        ROLE_WORDS[language] | STOPWORDS[language] | WEEKDAYS | set(NOUN_KIND) | set(MONTHS["it"])
    ) | {m.lower() for m in MONTHS[language]}
    lines = [line for line in text.splitlines() if not is_furniture(line.strip())]
    out = []
    for word in sorted(set(_CAPITALISED.findall("\n".join(lines)))):
        low = word.lower()
        if low in common or simplemma.is_known(low, lang=language):
            continue
        out.append(word)
    return out


def _pseudo_name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _number(m: re.Match[str], rng: random.Random) -> str:
    digits = m.group(0)
    if digits.startswith("0"):
        return digits  # "120.000": the thousands stay as written
    if len(digits) == 4 and "1000" <= digits <= "2099":
        return str(rng.randint(1800, 2025))
    if len(digits) <= 2:
        return str(rng.randint(2, 28))
    return str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))


def _copy(text: str, names: list[str], rng: random.Random) -> str:
    """The article with new names (the same one each time a name recurs) and numbers."""
    mapping = {name: _pseudo_name(rng) for name in names}
    if mapping:
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(mapping) + r")(?![\w’'-])")
        text = pattern.sub(lambda m: mapping[m.group(0)], text)
    return _NUMBER.sub(lambda m: _number(m, rng), text)


def synthetic_article(size: int, rng: random.Random, language: str) -> str:
    """An article of about `size` bytes in one language: varied copies of the test articles
    of that language, one after the other."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEED.glob(f"*.{language}.txt"))]
    names = [_names(text, language) for text in seeds]
    out: list[str] = []
    total = 0
    while total < size:
        i = rng.randrange(len(seeds))
        article = _copy(seeds[i], names[i], rng)
        out.append(article.strip())
        total += len(article.encode("utf-8")) + 2
    return "\n\n".join(out)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def once(size_mb: float) -> tuple[float, float, float, int]:
    """(MB, seconds, CPU seconds in all processes, cards) of one run in this process."""
    half = int(size_mb * 1_000_000 / 2)
    texts = {lang: synthetic_article(half, random.Random(7), lang) for lang in ("en", "it")}
    # Warm up: simplemma loads each language's dictionary once per process (~0.5 s).
    for language in ("it", "en"):
        simplemma.lemmatize("parole", lang=language)
        simplemma.is_known("parole", lang=language)
    generate_deck("Il Presidente Mario Rossi è nato nel 1950. Rossi ha detto sì.", deck_id="w")
    generate_deck("President John Smith was born in 1950. Smith said yes.", deck_id="w")
    mb = seconds = cpu = 0.0
    cards = 0
    for text in texts.values():
        start, started_cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
        deck = generate_deck(text, deck_id="bench")
        seconds += time.perf_counter() - start
        # A long document is shared with a forked process: its CPU time counts too.
        cpu += time.process_time() - started_cpu + _children_cpu() - children
        mb += len(text.encode("utf-8")) / 1_000_000
        cards += len(deck.cards)
    return mb, seconds, cpu, cards


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--size-mb", type=float, default=1.0)
    ap.add_argument("--runs", type=int, default=5, help="runs, each in a new process")
    ap.add_argument("--once", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.once:
        print(json.dumps(once(args.size_mb)))
        return
    runs = []
    for _ in range(args.runs):  # a new process each time: no run is helped by the caches
        out = subprocess.run(
            [sys.executable, __file__, "--once", "--size-mb", str(args.size_mb)],
            check=True,
            capture_output=True,
            text=True,
        )
        runs.append(json.loads(out.stdout))
    mb, _, _, cards = runs[0]
    seconds = statistics.median(r[1] for r in runs)
    cpu = statistics.median(r[2] for r in runs)
    print(
        f"{mb:.2f} MB, {cards} cards; median of {len(runs)} runs: {seconds:.2f} s, "
        f"{mb / seconds:.2f} MB/s (CPU {cpu:.2f} s in all processes: {mb / cpu:.2f} MB/s; "
        f"runs {', '.join(f'{r[1]:.2f}' for r in runs)} s)"
    )


if __name__ == "__main__":
    main()
