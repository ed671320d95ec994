"""Study settings with Anki's defaults, kept in the `scheduling:` section of settings.yaml.

Other top-level sections of the file belong to other parts of quizlib; saving keeps them.
Study days start at `day_start_hour` in the time zone of the `now` passed in, as Anki's.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, fields
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from quizlib import paths
from quizlib.atomic import write_text_atomic
from quizlib.errors import ConfigError

SECTION = "scheduling"

_STEP = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "": 60}
# py-fsrs 6 (FSRS-6) takes exactly this many weights.
PARAMETER_COUNT = 21


@dataclass(frozen=True)
class Settings:
    """How cards are scheduled and how many are shown a day."""

    desired_retention: float = 0.9
    learning_steps: tuple[timedelta, ...] = (timedelta(minutes=1), timedelta(minutes=10))
    relearning_steps: tuple[timedelta, ...] = (timedelta(minutes=10),)
    maximum_interval: int = 36500
    new_per_day: int = 20
    reviews_per_day: int = 200
    day_start_hour: int = 4
    parameters: tuple[float, ...] | None = None
    # Learning cards due this soon are shown when nothing else is left (Anki: 20 min).
    learn_ahead_minutes: int = 20

    def __post_init__(self) -> None:
        problems = _problems(self)
        if problems:
            raise ConfigError("invalid settings: " + "; ".join(problems))

    def day_start(self, now: datetime) -> datetime:
        """The start of the study day containing `now` (in now's time zone)."""
        start = datetime.combine(now.date(), time(self.day_start_hour), tzinfo=now.tzinfo)
        if now < start:
            start -= timedelta(days=1)
        return start

    def next_day_start(self, now: datetime) -> datetime:
        """When the next study day begins: buried cards come back then."""
        return self.day_start(now) + timedelta(days=1)

    def to_dict(self) -> dict[str, Any]:
        """The saved form: steps as Anki writes them ("1m", "10m", "1d")."""
        return {
            "desired_retention": self.desired_retention,
            "learning_steps": [format_step(s) for s in self.learning_steps],
            "relearning_steps": [format_step(s) for s in self.relearning_steps],
            "maximum_interval": self.maximum_interval,
            "new_per_day": self.new_per_day,
            "reviews_per_day": self.reviews_per_day,
            "day_start_hour": self.day_start_hour,
            "learn_ahead_minutes": self.learn_ahead_minutes,
            "parameters": None if self.parameters is None else [float(p) for p in self.parameters],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, where: str = "settings") -> Settings:
        """Settings from their saved form; a missing key keeps its default."""
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                hint = difflib.get_close_matches(str(key), sorted(known), n=1)
                extra = f" (did you mean '{hint[0]}'?)" if hint else ""
                raise ConfigError(f"{where}: unknown setting '{key}'{extra}")
            values[key] = _convert(key, value, where)
        return cls(**values)


def format_step(step: timedelta) -> str:
    seconds = int(step.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0 and seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def parse_step(value: object, where: str = "settings") -> timedelta:
    """A learning step: "1m", "10m", "1h", "1d", "30s", or a number of minutes."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ConfigError(f"{where}: a step must look like 1m, 10m, 1h or 1d, not {value!r}")
    m = _STEP.match(str(value))
    if not m:
        raise ConfigError(f"{where}: a step must look like 1m, 10m, 1h or 1d, not {value!r}")
    seconds = float(m.group(1)) * _UNIT_SECONDS[m.group(2)]
    if seconds <= 0:
        raise ConfigError(f"{where}: a step must be longer than zero, not {value!r}")
    return timedelta(seconds=seconds)


def _convert(key: str, value: Any, where: str) -> Any:
    label = f"{where}: {key}"
    if key in ("learning_steps", "relearning_steps"):
        if value is None:
            return ()
        if not isinstance(value, list):
            raise ConfigError(f"{label} must be a list like [1m, 10m]")
        return tuple(parse_step(v, label) for v in value)
    if key == "parameters":
        if value is None:
            return None
        if not isinstance(value, list) or not all(
            isinstance(v, int | float) and not isinstance(v, bool) for v in value
        ):
            raise ConfigError(f"{label} must be a list of {PARAMETER_COUNT} numbers or null")
        return tuple(float(v) for v in value)
    if key == "desired_retention":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{label} must be a number between 0.7 and 0.99, not {value!r}")
        return float(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigError(f"{label} must be a whole number, not {value!r}")
    return value


def _problems(s: Settings) -> list[str]:
    problems = []
    if not 0.7 <= s.desired_retention <= 0.99:
        problems.append(
            f"desired_retention must be between 0.7 and 0.99, not {s.desired_retention}"
        )
    if s.maximum_interval < 1:
        problems.append("maximum_interval must be at least 1 day")
    if s.new_per_day < 0 or s.reviews_per_day < 0:
        problems.append("new_per_day and reviews_per_day cannot be negative")
    if not 0 <= s.day_start_hour <= 23:
        problems.append(f"day_start_hour must be 0-23, not {s.day_start_hour}")
    if s.learn_ahead_minutes < 0:
        problems.append("learn_ahead_minutes cannot be negative")
    if any(step <= timedelta(0) for step in (*s.learning_steps, *s.relearning_steps)):
        problems.append("steps must be longer than zero")
    if s.parameters is not None:
        if len(s.parameters) != PARAMETER_COUNT:
            problems.append(
                f"parameters must hold {PARAMETER_COUNT} numbers (FSRS-6), "
                f"not {len(s.parameters)}; run `quiz optimize` again"
            )
        else:
            from fsrs.scheduler import LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

            for i, (p, lo, hi) in enumerate(
                zip(s.parameters, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, strict=True)
            ):
                if not lo <= p <= hi:
                    problems.append(f"parameters[{i}] = {p} is outside {lo}..{hi}")
    return problems


def _read(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as e:
        raise ConfigError(f"{path}: cannot read settings: {e.strerror}") from e
    import yaml  # only when there is a file: most starts have none

    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        at = f":{mark.line + 1}:{mark.column + 1}" if mark is not None else ""
        raise ConfigError(f"{path}{at}: not valid YAML: {getattr(e, 'problem', e)}") from e
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: settings must be a mapping of sections")
    return data


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings; a missing file (or section) gives Anki's defaults."""
    path = path or paths.config_path()
    section = _read(path).get(SECTION)
    if section is None:
        return Settings()
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: '{SECTION}' must be a mapping of settings")
    return Settings.from_dict(section, where=str(path))


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically, keeping the file's other sections."""
    path = path or paths.config_path()
    data = _read(path)
    data[SECTION] = settings.to_dict()
    import yaml

    text = yaml.dump(
        data,
        Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=None,
    )
    try:
        write_text_atomic(path, text)
    except OSError as e:
        raise ConfigError(f"{path}: cannot write settings: {e.strerror}") from e
