"""Command-line entry point `fgd-app`.

With no command it starts the GUI; every other command is headless and never imports
Qt. Exit status: 0 success, 2 usage error (argparse), 1 input rejected or the database
refused, with one line on stderr in the user's language (FGD_APP_LANG or the locale).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fgd_app import __version__
from fgd_app.errors import UserError, cli_language

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fgd-app",
        description="Offline FGD workshops for Smart City masterplans. Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"fgd-app {__version__}")
    parser.add_argument("--db", type=Path, help="database file (default: FGD_APP_DB or the user data dir)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("demo", help="create the Kutai Barat demo workshop if missing and print its id")

    workshops = commands.add_parser("workshops", help="list workshops")
    workshops.add_argument("--json", action="store_true", help="print JSON instead of a table")

    export = commands.add_parser("export", help="export a workshop")
    export_kinds = export.add_subparsers(dest="kind", metavar="KIND", required=True)
    export_json = export_kinds.add_parser("json", help="the full workshop as documented JSON")
    export_json.add_argument("workshop", help="workshop id (or a unique prefix)")
    export_json.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    for kind, help_text in (("minutes", "the minutes (notulen) as Word or PDF"),
                            ("masterplan", "draft masterplan sections as Word or PDF")):
        document = export_kinds.add_parser(kind, help=help_text)
        if kind == "minutes":
            document.add_argument("workshop", help="workshop id (or a unique prefix)")
        else:
            document.add_argument("workshop", nargs="?", help="workshop id (or a unique prefix); omit with --regency")
            document.add_argument("--regency", metavar="CODE",
                                  help="consolidated draft of every FGD of this regency (code such as 64.07, or name)")
        document.add_argument("--format", choices=("docx", "pdf"), help="default: from the file name")
        document.add_argument("-o", "--output", type=Path, required=True, help="file to write")
        document.add_argument("--lang", choices=("id", "en"), default="id", help="language of the document")
        document.add_argument("--paper", choices=("a4", "f4"), default="a4", help="A4 or F4 (215 x 330 mm)")
        if kind == "minutes":
            document.add_argument("--phones", action="store_true",
                                  help="list phone numbers of participants who agreed (never by default)")
        else:
            document.add_argument("--pillar", help="one pillar (governance, branding, economy, living, "
                                                   "society, environment); default: all")

    imp = commands.add_parser("import", help="import a workshop")
    import_kinds = imp.add_subparsers(dest="kind", metavar="KIND", required=True)
    import_json = import_kinds.add_parser("json", help="a workshop exported as JSON")
    import_json.add_argument("file", type=Path)

    _sync_commands(commands)
    from fgd_app.cli_care import add_commands as _care_commands

    _care_commands(commands)

    check = commands.add_parser("check", help="verify the database")
    check.add_argument("--full", action="store_true", help="full integrity check (slower)")

    selftest = commands.add_parser("selftest", help="check this installation: files, database, documents (ok/FAILED)")
    selftest.add_argument("--gui", action="store_true", help="also open the window and bring every tab forward")
    selftest.add_argument("--screenshot", type=Path, metavar="FILE.png",
                          help="save a picture of the window (implies --gui)")
    return parser


def _sync_commands(commands) -> None:
    bundle = commands.add_parser("bundle", help="sync by file: signed bundles and receipts")
    kinds = bundle.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = kinds.add_parser("export", help="write a bundle (one workshop, or everything not yet acknowledged)")
    export.add_argument("-o", "--output", type=Path, required=True, help="file to write (.fgdb)")
    export.add_argument("--workshop", help="workshop id (or a unique prefix); default: everything not acknowledged")
    export.add_argument("--profile", choices=("full", "minutes"), default="full",
                        help="full (for the coordinator) or minutes (no phones, e-mails, signatures)")
    export.add_argument("--encrypt-to", metavar="KEY", help="a trusted key's fingerprint, or a public key")
    imp = kinds.add_parser("import", help="import bundles and receipts (all or nothing, each)")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument("--trust", action="store_true", help="accept and trust the signer of these files")
    imp.add_argument("--json", action="store_true", help="print one JSON report per file")
    verify = kinds.add_parser("verify", help="check a bundle completely without importing it")
    verify.add_argument("file", type=Path)
    receipt = kinds.add_parser("receipt", help="write a signed receipt for the revisions held here")
    receipt.add_argument("-o", "--output", type=Path, required=True, help="file to write (.fgdr)")
    receipt.add_argument("--workshop", help="only this workshop's revisions")
    receipt.add_argument("--device", help="only revisions made on this device id")

    keys = commands.add_parser("keys", help="this laptop's key and the trusted keys")
    key_actions = keys.add_subparsers(dest="action", metavar="ACTION", required=True)
    key_actions.add_parser("show", help="print this laptop's public key, fingerprint and QR code")
    trust = key_actions.add_parser("trust", help="trust a public key (text, or the signer of a bundle file)")
    trust.add_argument("key", help="base64 public key, QR text, or a .fgdb/.fgdr file")
    trust.add_argument("--label", default="", help="who this is, e.g. 'Fasilitator Kutai Barat'")
    key_actions.add_parser("list", help="list trusted keys")
    untrust = key_actions.add_parser("untrust", help="stop trusting a key")
    untrust.add_argument("fingerprint")

    conflicts = commands.add_parser("conflicts", help="list open conflicts, or resolve one")
    conflicts.add_argument("--json", action="store_true", help="print JSON")
    conflicts.add_argument("--workshop", help="only this workshop")
    conflicts.add_argument("--resolve", metavar="ROW_ID", help="resolve the conflicts of this row")
    conflicts.add_argument("--set", action="append", default=[], metavar="FIELD=JSON",
                           help="with --resolve: the value to keep for a field (JSON, or plain text)")
    conflicts.add_argument("--delete", action="store_true", help="with --resolve: delete the row")
    conflicts.add_argument("--keep", action="store_true", help="with --resolve: keep the row as shown")


def main(argv: list[str] | None = None) -> int:
    _tolerant_output()
    args = build_parser().parse_args(argv)
    if args.command is None:
        from fgd_app.ui.app import run_gui  # the only path that imports Qt

        return run_gui(db_path=args.db)
    try:
        return COMMANDS[args.command](args)
    except UserError as err:
        print(f"fgd-app: {err.message(cli_language())}", file=sys.stderr)
        return EXIT_REJECTED


def _tolerant_output() -> None:
    """Print what the output's encoding can hold, '?' for the rest, instead of crashing.

    On Windows, output redirected to a file or a pipe uses the ANSI code page (cp1252),
    which lacks the QR code's block characters and letters of many names and paths."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if encoding not in ("utf8", "utf16", "utf32") and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def _open(args: argparse.Namespace):
    from fgd_app.store.database import open_database

    return open_database(args.db)


def cmd_demo(args: argparse.Namespace) -> int:
    from fgd_app.services.demo import ensure_demo

    with _open(args) as db:
        workshop_id, _created = ensure_demo(db)
    print(workshop_id)
    return EXIT_OK


def cmd_workshops(args: argparse.Namespace) -> int:
    from fgd_app.services.workshops import list_workshops

    with _open(args) as db:
        summaries = list_workshops(db)
    if args.json:
        import json

        print(json.dumps([s.as_json() for s in summaries], ensure_ascii=False, indent=2))
        return EXIT_OK
    for s in summaries:
        print(f"{s.id}  {s.held_on}  {s.stage:<8} {s.status:<8} {s.regency_name} — {s.title} "
              f"({s.participants} peserta/participants, {s.inputs} masukan/inputs)")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from fgd_app.services.workshops import resolve_workshop

    regency = getattr(args, "regency", None)
    if regency is not None:
        return _export_consolidated(args)
    if args.workshop is None:
        raise UserError("export.workshop_missing")
    with _open(args) as db:
        workshop_id = resolve_workshop(db, args.workshop)
        if args.kind == "json":
            from fgd_app.services.json_io import export_json

            export_json(db, workshop_id, args.output)
        elif args.kind == "minutes":
            from fgd_app.documents.export import export_minutes

            export_minutes(db, workshop_id, args.output, args.format, args.lang, args.paper,
                           include_phones=args.phones)
        else:
            from fgd_app.documents.export import export_masterplan

            export_masterplan(db, workshop_id, args.output, args.format, args.lang, args.paper, pillar=args.pillar)
    print(args.output)
    return EXIT_OK


def _export_consolidated(args: argparse.Namespace) -> int:
    """`export masterplan --regency CODE`: one draft across all the regency's FGDs."""
    from fgd_app.documents.export import export_consolidated_masterplan
    from fgd_app.services.coordinator import resolve_regency

    if args.workshop is not None:
        raise UserError("export.workshop_or_regency")
    with _open(args) as db:
        export_consolidated_masterplan(db, resolve_regency(db, args.regency), args.output, args.format, args.lang,
                                       args.paper, pillar=args.pillar)
    print(args.output)
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from fgd_app.services.json_io import import_json

    with _open(args) as db:
        print(import_json(db, args.file))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from fgd_app.store.schema import check_integrity

    with _open(args) as db:
        check_integrity(db.conn, db.path, full=args.full)
        version = db.scalar("PRAGMA user_version")
        revisions = db.scalar("SELECT count(*) FROM revision")
    print(f"ok: {db.path} (schema {version}, {revisions} revisions)")
    return EXIT_OK


def cmd_bundle(args: argparse.Namespace) -> int:
    from fgd_app.cli_sync import bundle_command

    with _open(args) as db:
        return bundle_command(db, args)


def cmd_keys(args: argparse.Namespace) -> int:
    from fgd_app.cli_sync import keys_command

    with _open(args) as db:
        return keys_command(db, args)


def cmd_conflicts(args: argparse.Namespace) -> int:
    from fgd_app.cli_sync import conflicts_command

    with _open(args) as db:
        return conflicts_command(db, args)


def cmd_care(args: argparse.Namespace) -> int:
    from fgd_app import cli_care

    return getattr(cli_care, f"cmd_{args.command}")(args)


def cmd_selftest(args: argparse.Namespace) -> int:
    """One line per check; exit 0 only if all pass (see fgd_app/selftest.py)."""
    import tempfile

    from fgd_app.selftest import Report, run_headless

    report = Report(print_line=lambda line: print(line, flush=True))
    with tempfile.TemporaryDirectory(prefix="fgd-selftest-") as workdir:
        demo = run_headless(args.db, Path(workdir), report)
        if (args.gui or args.screenshot) and demo is not None:
            from fgd_app.ui.selftest import run_gui_selftest  # Qt only here

            run_gui_selftest(*demo, report, screenshot=args.screenshot)
    print(f"selftest: {'all passed' if report.passed else f'{report.failures} FAILED'}")
    return EXIT_OK if report.passed else EXIT_REJECTED


COMMANDS = {
    "backup": cmd_care,
    "restore": cmd_care,
    "rescue": cmd_care,
    "bundle": cmd_bundle,
    "keys": cmd_keys,
    "conflicts": cmd_conflicts,
    "demo": cmd_demo,
    "workshops": cmd_workshops,
    "export": cmd_export,
    "import": cmd_import,
    "check": cmd_check,
    "selftest": cmd_selftest,
}
