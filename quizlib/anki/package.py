"""Checks on an .apkg before Anki opens it: a zip with a collection, of a sane size.

An .apkg is a zip holding the collection (SQLite; `collection.anki21b` is
zstd-compressed) and media. A zip bomb is refused from the sizes its directory and
its zstd frame header declare, before anything is unpacked.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from quizlib.errors import InteropError

COLLECTIONS = ("collection.anki21b", "collection.anki21", "collection.anki2")
MAX_UNPACKED = 2 * 1024**3  # bytes, all members together
MAX_COLLECTION = 1024**3  # bytes, the collection database once decompressed
MAX_RATIO = 200  # a bigger member compressed more than this is a bomb, not a deck
RATIO_FROM = 16 * 1024**2  # bytes; small members may compress well
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def _size(n: int) -> str:
    return f"{n / 1024**2:.0f} MB" if n < 1024**3 else f"{n / 1024**3:.1f} GB"


def check_package(path: Path) -> None:
    """Raise InteropError unless `path` looks like an Anki package that is safe to unpack."""
    if not path.exists():
        raise InteropError(f"{path}: no such file")
    if not path.is_file():
        raise InteropError(f"{path}: not a file")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            if not names.intersection(COLLECTIONS):
                raise InteropError(f"{path}: not an Anki package (no collection inside)")
            total = sum(info.file_size for info in infos)
            if total > MAX_UNPACKED:
                raise InteropError(
                    f"{path}: unpacks to {_size(total)}, more than the {_size(MAX_UNPACKED)} limit"
                )
            for info in infos:
                if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(
                    1, info.compress_size
                ):
                    raise InteropError(
                        f"{path}: {info.filename} would unpack {info.compress_size} bytes"
                        f" to {_size(info.file_size)}; refusing a zip bomb"
                    )
            if "collection.anki21b" in names:
                with archive.open("collection.anki21b") as handle:
                    declared = zstd_content_size(handle.read(18))
                if declared is not None and declared > MAX_COLLECTION:
                    raise InteropError(
                        f"{path}: its collection would unpack to {_size(declared)},"
                        f" more than the {_size(MAX_COLLECTION)} limit"
                    )
    except zipfile.BadZipFile as exc:
        raise InteropError(f"{path}: not an Anki package (not a valid zip file: {exc})") from exc
    except (OSError, EOFError, RuntimeError, NotImplementedError) as exc:
        raise InteropError(f"{path}: cannot read the package: {exc}") from exc


def zstd_content_size(header: bytes) -> int | None:
    """The decompressed size a zstd frame header declares, if it declares one."""
    if len(header) < 6 or header[:4] != _ZSTD_MAGIC:
        return None
    descriptor = header[4]
    fcs_flag = descriptor >> 6
    single_segment = (descriptor >> 5) & 1
    dict_id_size = (0, 1, 2, 4)[descriptor & 3]
    pos = 5 + (0 if single_segment else 1) + dict_id_size
    size = (1 if single_segment else 0, 2, 4, 8)[fcs_flag]
    if size == 0 or len(header) < pos + size:
        return None
    value = int.from_bytes(header[pos : pos + size], "little")
    return value + 256 if size == 2 else value
