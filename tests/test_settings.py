"""Settings from the environment."""

from __future__ import annotations

import pytest

from newsgraph.settings import Settings


@pytest.mark.parametrize(("value", "expected"), [("0", False), ("false", False), ("off", False), ("1", True), ("yes", True)])
def test_settings_read_a_switch_from_the_environment(monkeypatch, value, expected):
    # bool("0") is True: a switch is read by its words
    monkeypatch.setenv("NEWSGRAPH_FIRST_NAME_GENDER", value)
    assert Settings.from_env().first_name_gender is expected


def test_settings_refuse_a_switch_value_they_cannot_read(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_FIRST_NAME_GENDER", "maybe")
    with pytest.raises(ValueError, match="not a switch value"):
        Settings.from_env()


def test_settings_read_numbers_as_before(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_BATCH_SIZE", "8")
    assert Settings.from_env().batch_size == 8
