"""The application log rotates at start-up: over 1 MB it becomes
``stratdeck.log.1`` (older ones shift, the oldest beyond three is
dropped); a small log is kept and appended to."""

from __future__ import annotations

from app.views.shell import error_reporting


def test_a_large_log_is_rotated_and_the_oldest_dropped(tmp_path):
    log = tmp_path / "stratdeck.log"
    for number, text in ((1, "one"), (2, "two"), (3, "three")):
        log.with_name(f"stratdeck.log.{number}").write_text(text)
    log.write_bytes(b"x" * (error_reporting.LOG_MAX_BYTES + 1))
    error_reporting._rotate(log)
    assert not log.exists()
    assert log.with_name("stratdeck.log.1").stat().st_size == error_reporting.LOG_MAX_BYTES + 1
    assert log.with_name("stratdeck.log.2").read_text() == "one"
    assert log.with_name("stratdeck.log.3").read_text() == "two"
    assert not log.with_name("stratdeck.log.4").exists()  # "three" was the oldest


def test_a_small_or_missing_log_is_left_alone(tmp_path):
    log = tmp_path / "stratdeck.log"
    error_reporting._rotate(log)  # nothing there yet
    log.write_text("a few lines\n")
    error_reporting._rotate(log)
    assert log.read_text() == "a few lines\n" and not log.with_name("stratdeck.log.1").exists()
