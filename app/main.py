"""Entry point of the ``stratdeck`` command: GUI or command-line work.

Exit codes: 0 ok, 2 usage, 3 bad or unreadable plan file, 4 bad import data,
5 a merge left conflicts unresolved (app/services/review/cli.py).
No traceback is printed for a user error."""

from __future__ import annotations

import argparse
import sys

from app import __version__

COMMANDS = ("new", "check", "export", "import", "import-budget", "snapshot", "snapshots", "diff", "merge")


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line with exit code 2."""

    def error(self, message: str):
        self.exit(2, f"stratdeck: {message} (see stratdeck --help)\n")


REVIEW_COMMANDS = ("snapshot", "snapshots", "diff", "merge")


def _template_names(command: str) -> tuple[str, ...]:
    """The templates ``new`` offers; for another command its parser is never
    used, so the template module (and the JSON import it needs) is not loaded."""
    if command not in ("", "new"):
        return ()
    from app.services.plan.templates import ORDER

    return ORDER


def _command_parser(command: str = "") -> argparse.ArgumentParser:
    """The parser of the command-line commands; the review commands'
    parsers (whose module imports the whole diff and merge engine) are added
    only when *command* is one of them, or when no command is given."""
    parser = _Parser(prog="stratdeck", description="Stratdeck command line")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    template_names = _template_names(command)

    new = sub.add_parser(
        "new",
        help="create a plan file, empty or from a template",
        description="Create a plan file: empty, or from a template (prompts become placeholders, never data). "
        "Templates: " + ", ".join(template_names) + ".",
    )
    new.add_argument("plan")
    new.add_argument("--title", default="", help="the plan's title (default: the file name)")
    new.add_argument("--language", choices=("zh", "en"), default="zh", help="the plan's language (default zh)")
    new.add_argument(
        "--template", choices=template_names, default="", metavar="NAME", help="one of: " + ", ".join(template_names)
    )
    check = sub.add_parser("check", help="print a plan's summary and findings")
    check.add_argument("plan")
    export = sub.add_parser("export", help="export a plan")
    export.add_argument("plan")
    export.add_argument(
        "--format", required=True, dest="fmt", help="json, pdf, pptx, csv (with --part), ics, xlsx, playbooks"
    )
    export.add_argument("--part", default=None)
    export.add_argument("-o", "--output", required=True)
    export.add_argument("--sections", default=None, help="pdf, pptx: comma-separated deck sections, e.g. overview")
    export.add_argument("--password", default=None, help="pdf: encrypt the deck (AES-256) with this password")
    export.add_argument(
        "--dividers",
        default=None,
        choices=("auto", "always", "never"),
        help="pdf, pptx: section divider slides before sections of three or more slides (auto, the default), "
        "before every section, or none",
    )
    imp = sub.add_parser("import", help="build a plan file from a JSON export")
    imp.add_argument("source")
    imp.add_argument("-o", "--output", required=True)
    imp.add_argument("--force", action="store_true", help="replace an existing plan file")
    budget = sub.add_parser("import-budget", help="replace a plan's budget with an XLSX or CSV file (all or nothing)")
    budget.add_argument("plan")
    budget.add_argument("file")
    if not command or command in REVIEW_COMMANDS:
        from app.services.review import cli as review_cli

        review_cli.add_parsers(sub)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="stratdeck",
        description="Stratdeck marketing-plan workbench. "
        "Commands: new, check, export, import, import-budget, snapshot, snapshots, diff, merge "
        "(stratdeck COMMAND --help).",
    )
    parser.add_argument("plan", nargs="?", help="plan file to open")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the sample plan")
    parser.add_argument("--read-only", action="store_true", help="open the plan read-only")
    parser.add_argument("--version", action="version", version=f"stratdeck {__version__}")
    return parser


def run_command(argv: list[str]) -> int:
    """Run a command-line command; print its lines or one error line."""
    from app.services import cli_commands
    from app.services.plan.errors import StratdeckError

    args = _command_parser(argv[0] if argv else "").parse_args(argv)
    try:
        if args.command == "new":
            lines = cli_commands.new_plan(args.plan, args.title, args.language, args.template)
        elif args.command == "check":
            lines = cli_commands.check_plan(args.plan)
        elif args.command == "export":
            lines = cli_commands.export_plan(
                args.plan, args.fmt, args.output, args.part, sections=args.sections, password=args.password,
                dividers=args.dividers,
            )
        elif args.command in REVIEW_COMMANDS:
            from app.services.review import cli as review_cli

            lines = review_cli.run(args)
        elif args.command == "import-budget":
            lines = cli_commands.import_budget(args.plan, args.file)
        else:
            lines = cli_commands.import_plan(args.source, args.output, args.force)
    except StratdeckError as exc:
        for line in getattr(exc, "details", ()):  # e.g. the conflicts a merge left
            _print_quietly(line, sys.stdout)
        _print_quietly(f"stratdeck: {exc}", sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    _print_quietly("\n".join(lines), sys.stdout)
    return 0


def printable(text: str) -> str:
    """*text* safe to print: a file name that is not valid UTF-8 (a folder
    from a GBK zip) reaches Python as lone surrogates, which no terminal
    encoding can write; they are shown as escapes (\\udcd5)."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _print_quietly(text: str, stream) -> None:
    """Print *text*; a reader that closed the pipe (``stratdeck check PLAN |
    head -1``) ends the output quietly instead of a BrokenPipeError."""
    try:
        print(printable(text), file=stream, flush=True)
    except BrokenPipeError:
        import os

        # nothing more can be written; point the stream at nothing so the flush at exit is silent too
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, stream.fileno())
        except (OSError, ValueError):
            pass
        finally:
            os.close(devnull)


def _one_shot_process() -> None:
    """A command runs in its own process and ends: the cyclic garbage
    collector is switched off for it (reference counting still frees nearly
    everything at once; the rest goes at exit). Its passes over the deck's
    young objects cost ~20 ms of a 0.3 s cold deck export."""
    import gc

    gc.disable()


def _ending_process() -> None:
    """A command ran in its own process, which exits now: what it allocated
    is freed at exit anyway, so the garbage collector's final passes over it
    are skipped (``gc.freeze``)."""
    import gc

    gc.freeze()


def main(argv: list[str] | None = None) -> int:
    """Console-script entry point. Called without *argv* (the console script,
    ``python -m app``, the bundle), a command runs as a one-shot process."""
    own_process = argv is None  # the console script; tests pass their arguments
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        if own_process:
            _one_shot_process()
        code = run_command(argv)
        if own_process:
            _ending_process()
        return code
    args = _gui_parser().parse_args(argv)
    from app.views.shell.app import run_gui

    return run_gui(plan=args.plan, demo=args.demo, read_only=args.read_only)


if __name__ == "__main__":
    sys.exit(main())
