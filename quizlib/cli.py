"""The `quiz` command line: argument parsing, and the one place errors become exit codes.

Heavy modules (textual, anki, the generator) are imported inside the command
that needs them, so `quiz check` and `quiz generate` start fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizlib import __version__, paths
from quizlib.errors import DeckError, Problem, QuizlibError

if TYPE_CHECKING:
    from quizlib.model import Deck

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def _now() -> datetime:
    return datetime.now(UTC)


def _load_decks(deck_paths: Sequence[Path]) -> list[Deck]:
    from quizlib.deckcache import load_deck_cached

    decks: list[Deck] = []
    problems: list[Problem] = []
    for path in deck_paths:
        try:
            decks.append(load_deck_cached(path))
        except DeckError as exc:
            problems.extend(exc.problems)
    if problems:
        raise DeckError(problems)
    return decks


def _deck_paths(given: Sequence[Path]) -> list[Path]:
    """Deck files named on the command line (folders expanded), or the default decks."""
    if not given:
        return paths.default_deck_files()
    found: list[Path] = []
    for path in given:
        found.extend(paths.deck_files(path) if path.is_dir() else [path])
    return found


# -- commands ----------------------------------------------------------------


def cmd_tui(args: argparse.Namespace) -> int:
    from quizlib.tui import run

    return run(_deck_paths(args.decks), study=False, mode="flip")


def cmd_study(args: argparse.Namespace) -> int:
    deck_paths = _deck_paths(args.decks)
    if args.decks:
        # Decks named on the command line are checked before the app starts, so a typo in a
        # path is one line on the terminal; the app reports problems of the default decks.
        _load_decks(deck_paths)
    from quizlib.tui import run

    return run(deck_paths, study=True, mode=args.mode)


def cmd_check(args: argparse.Namespace) -> int:
    from quizlib.deckfile import check_deck_file, load_deck

    found = 0
    clean = []
    for path in _deck_paths(args.decks):
        problems = check_deck_file(path)
        for problem in problems:
            print(problem)
        found += len(problems)
        if not problems:
            clean.append(path)
    if args.orphans:
        from quizlib.srs.store import Store

        decks = [load_deck(path) for path in clean]
        with Store.open() as store:
            for deck_id, item in store.orphans(decks):
                print(f"orphan: {deck_id}/{item} has progress but is in no deck")
    if found:
        print(f"{found} problem{'s' if found != 1 else ''} found", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from quizlib.schema import schema_text

    print(schema_text())
    return EXIT_OK


def cmd_generate(args: argparse.Namespace) -> int:
    from quizlib.generate import generate_file

    output = args.output or paths.deck_file_for(args.article)
    deck = generate_file(args.article, output, language=args.lang, max_cards=args.max)
    print(f"{output}: {len(deck.cards)} cards")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    decks = _load_decks(_deck_paths(args.decks))
    if args.format == "tsv":
        from quizlib.anki import export_tsv

        export_tsv(decks, args.output)
        print(f"{args.output}: {sum(len(d.cards) for d in decks)} notes")
        return EXIT_OK
    from quizlib.anki import export_apkg

    if args.with_progress:
        from quizlib.srs.store import Store

        with Store.open() as store:
            report = export_apkg(decks, args.output, store=store, now=_now())
    else:
        report = export_apkg(decks, args.output, now=_now())
    print(f"{args.output}: {report}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from quizlib.anki import import_apkg
    from quizlib.errors import InteropError

    warnings: list[str] = []
    if args.with_progress:
        from quizlib.srs.store import Store

        with Store.open() as store:
            deck = import_apkg(args.package, args.output, store=store, warnings=warnings)
    else:
        deck = import_apkg(args.package, args.output, warnings=warnings)
    output = args.output
    if output is None:  # into the person's decks, where `quiz` finds it
        from quizlib.deckfile import write_deck

        output = paths.user_decks_dir() / f"{deck.id}.yaml"
        try:
            write_deck(deck, output)
        except OSError as exc:
            raise InteropError(f"{output}: cannot write: {exc.strerror or exc}") from exc
    shown = 10
    for warning in warnings[:shown]:
        print(f"{args.package}: {warning}", file=sys.stderr)
    if len(warnings) > shown:
        print(f"{args.package}: ... and {len(warnings) - shown} more", file=sys.stderr)
    print(f"{output}: {len(deck.cards)} cards")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    import json

    from quizlib.srs.settings import load_settings
    from quizlib.srs.stats import collect_stats
    from quizlib.srs.store import Store

    decks = _load_decks(_deck_paths(args.decks))
    with Store.open() as store:
        stats = collect_stats(decks, store, load_settings(), _now())
    if args.json:
        print(json.dumps(stats.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(stats.to_text())
    return EXIT_OK


def cmd_optimize(args: argparse.Namespace) -> int:
    from quizlib.srs.optimize import optimize_parameters
    from quizlib.srs.settings import load_settings
    from quizlib.srs.store import Store

    with Store.open() as store:
        result = optimize_parameters(store, load_settings())
    print(result)
    return EXIT_OK


# -- parser ------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quiz",
        description="Turn articles into study decks and remember them with spaced repetition.",
        epilog="With no command, quiz opens the app on your decks (or the shipped ones).",
    )
    parser.add_argument("--version", action="version", version=f"quiz {__version__}")
    home_help = (
        f"where progress, settings and your decks live (default: ${paths.HOME_ENV} "
        "or the platform data directory)"
    )
    parser.add_argument("--home", type=Path, metavar="DIR", help=home_help)
    # --home is accepted after the command too: `quiz stats --home DIR`.
    home = argparse.ArgumentParser(add_help=False)
    home.add_argument("--home", type=Path, metavar="DIR", default=argparse.SUPPRESS, help=home_help)
    parser.set_defaults(handler=cmd_tui, decks=[])
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, handler: Callable[[argparse.Namespace], int], help: str) -> Any:
        p = sub.add_parser(name, help=help, description=help, parents=[home])
        p.set_defaults(handler=handler)
        return p

    p = command("study", cmd_study, "study due cards straight away")
    p.add_argument("decks", nargs="*", type=Path, metavar="DECK")
    p.add_argument(
        "--mode",
        choices=("flip", "typed", "choice", "mixed"),
        default="flip",
        help="how cards are asked (default: flip)",
    )

    p = command("generate", cmd_generate, "turn an article into a deck of questions")
    p.add_argument("article", type=Path, metavar="ARTICLE")
    p.add_argument("-o", "--output", type=Path, metavar="DECK.yaml", help="deck file to write")
    p.add_argument("--lang", choices=("it", "en"), help="language (default: detected)")
    p.add_argument("--max", type=int, metavar="N", help="keep the N best cards")

    p = command("check", cmd_check, "validate deck files")
    p.add_argument("decks", nargs="*", type=Path, metavar="DECK")
    p.add_argument("--orphans", action="store_true", help="also list progress of cards in no deck")

    p = command("export", cmd_export, "export decks to Anki")
    p.add_argument("decks", nargs="+", type=Path, metavar="DECK")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.apkg")
    p.add_argument("--with-progress", action="store_true", help="include scheduling and history")
    p.add_argument("--format", choices=("apkg", "tsv"), default="apkg")

    p = command("import", cmd_import, "turn an Anki package into a deck")
    p.add_argument("package", type=Path, metavar="FILE.apkg")
    p.add_argument("-o", "--output", type=Path, metavar="DECK.yaml")
    p.add_argument("--with-progress", action="store_true", help="import the review history too")

    p = command("stats", cmd_stats, "counts, due forecast and retention")
    p.add_argument("decks", nargs="*", type=Path, metavar="DECK")
    p.add_argument("--json", action="store_true", help="print a JSON object")

    command("optimize", cmd_optimize, "fit personal FSRS parameters from your reviews")
    command("schema", cmd_schema, "print the JSON Schema of the deck format")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.home is not None:
        os.environ[paths.HOME_ENV] = str(args.home)
    try:
        return int(args.handler(args))
    except DeckError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_PROBLEMS
    except QuizlibError as exc:
        print(f"quiz: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
