"""Reading an article file with a clear, one-line error for anything that is not UTF-8 text."""

from __future__ import annotations

from pathlib import Path

from quizlib.errors import GenerateError

MAX_BYTES = 64 * 1024 * 1024


def read_article(path: Path) -> str:
    try:
        if path.is_dir():
            raise GenerateError(f"{path} is a directory, not an article file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise GenerateError(f"{path} is too large ({size // 2**20} MB); the limit is 64 MB")
        data = path.read_bytes()
    except FileNotFoundError:
        raise GenerateError(f"{path}: no such file") from None
    except PermissionError:
        raise GenerateError(f"{path}: permission denied") from None
    except OSError as exc:
        raise GenerateError(f"cannot read {path}: {exc.strerror or exc}") from None
    if not data.strip():
        raise GenerateError(f"{path} is empty; give an article in plain UTF-8 text")
    if b"\x00" in data[:65536]:
        raise GenerateError(f"{path} is not a text file (it contains binary data)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise GenerateError(
            f"{path}:{line}: not UTF-8 text; save the article as UTF-8 "
            "(e.g. iconv -f latin1 -t utf-8)"
        ) from None
