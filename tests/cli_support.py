"""Running the ``stratdeck`` command in-process for the CLI tests."""

from __future__ import annotations

from app.main import main


def run(capsys, *argv) -> tuple[int, str, str]:
    """Run the command; return (exit code, stdout, stderr).

    argparse reports a usage error by raising SystemExit(2) instead of
    returning; both count as the command's exit code. No output may hold a
    traceback."""
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def assert_one_error_line(err: str, *fragments: str) -> None:
    """The error is one line starting "stratdeck: " and holds every fragment."""
    assert err.startswith("stratdeck: ")
    assert err.endswith("\n") and err.count("\n") == 1, err
    for fragment in fragments:
        assert fragment in err, err
