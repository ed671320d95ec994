from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from fsrs.scheduler import DEFAULT_PARAMETERS

from quizlib import paths
from quizlib.errors import ConfigError
from quizlib.srs.settings import Settings, load_settings, parse_step, save_settings


def test_defaults_are_ankis() -> None:
    s = Settings()
    assert s.desired_retention == 0.9
    assert s.learning_steps == (timedelta(minutes=1), timedelta(minutes=10))
    assert s.relearning_steps == (timedelta(minutes=10),)
    assert (s.maximum_interval, s.new_per_day, s.reviews_per_day) == (36500, 20, 200)
    assert s.day_start_hour == 4 and s.parameters is None


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "none.yaml") == Settings()
    assert load_settings() == Settings()  # the home's config path, absent


def test_round_trip_keeps_other_sections(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text("app:\n  theme: dark\n", encoding="utf-8")
    s = replace(
        Settings(),
        new_per_day=5,
        learning_steps=(timedelta(seconds=30), timedelta(hours=1), timedelta(days=1)),
        parameters=(0.3, *DEFAULT_PARAMETERS[1:]),
    )
    save_settings(s, path)
    assert load_settings(path) == s
    text = path.read_text(encoding="utf-8")
    assert "theme: dark" in text and "30s" in text and "1h" in text and "1d" in text


def test_default_path_is_the_homes() -> None:
    save_settings(replace(Settings(), reviews_per_day=50))
    assert paths.config_path().exists()
    assert load_settings().reviews_per_day == 50


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("scheduling:\n  new_per_dya: 3\n", "did you mean 'new_per_day'"),
        ("scheduling:\n  new_per_day: many\n", "whole number"),
        ("scheduling:\n  desired_retention: 2\n", "between 0.7 and 0.99"),
        ("scheduling:\n  learning_steps: [1x]\n", "1m, 10m"),
        ("scheduling:\n  parameters: [1, 2]\n", "21 numbers"),
        ("scheduling: [1]\n", "mapping"),
        ("scheduling:\n  day_start_hour: 30\n", "0-23"),
        ("a: [\n", "not valid YAML"),
    ],
)
def test_bad_files_are_config_errors(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace("[", r"\[")):
        load_settings(path)


def test_steps_parse() -> None:
    assert parse_step("10m") == timedelta(minutes=10)
    assert parse_step(5) == timedelta(minutes=5)
    assert parse_step("2d") == timedelta(days=2)
    with pytest.raises(ConfigError):
        parse_step("0m")


def test_study_day_starts_at_the_hour_in_nows_zone() -> None:
    s = Settings()
    assert s.day_start(datetime(2026, 3, 10, 3, 59, tzinfo=UTC)) == datetime(
        2026, 3, 9, 4, tzinfo=UTC
    )
    assert s.next_day_start(datetime(2026, 3, 10, 4, 0, tzinfo=UTC)) == datetime(
        2026, 3, 11, 4, tzinfo=UTC
    )
    rome = timezone(timedelta(hours=1))
    start = s.day_start(datetime(2026, 3, 10, 4, 30, tzinfo=UTC))  # 05:30 in Rome
    assert start == datetime(2026, 3, 10, 4, tzinfo=UTC)
    local = s.day_start(datetime(2026, 3, 10, 4, 30, tzinfo=UTC).astimezone(rome))
    assert local == datetime(2026, 3, 10, 4, tzinfo=rome)
