"""Smoke run of the BUILT program in dist/fgd-app (not the Python sources): `make dist` runs it.

    python tools/smoke_dist.py                   # dist/fgd-app, results in build/smoke/
    python tools/smoke_dist.py --dist D --out O

A PyInstaller build can lack a file, a module or a Qt plugin that the source checkout has,
and that only shows when the program runs. So this runs the executables the way people
will: in portable mode for real (the marker file beside the executable, data in `data/`),
the demo, `selftest --gui` offscreen with a screenshot, a minutes PDF read back with
pdftotext (when installed), a sync bundle and the full database check. It ends by
measuring the folder, which must stay under the size limit.

Everything the run writes in the folder (the marker and `data/`) is removed at the end; a
folder that already holds `data/` (someone's real portable data) is refused, not touched.
Exits 1 with a message naming the failed step. Works on Linux and Windows.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE_LIMIT_MB = 150  # MiB, as `du -sh` counts
TIMEOUT = 300  # seconds per command; a GUI that hangs on a dialog must not hang CI
MARKER = "fgd-app.portable"  # fgd_app/paths.py PORTABLE_MARKER
EXE = ".exe" if sys.platform == "win32" else ""


class SmokeFailure(Exception):
    pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "fgd-app", help="the built folder")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "smoke",
                        help="where the screenshot, the PDF and the bundle are kept for a person to look at")
    args = parser.parse_args(argv)
    try:
        run(args.dist.resolve(), args.out.resolve())
    except SmokeFailure as failure:
        print(f"smoke: FAILED {failure}", file=sys.stderr)
        return 1
    print("smoke: all passed")
    return 0


def run(dist: Path, out: Path) -> None:
    gui, cli = dist / f"fgd-app{EXE}", dist / f"fgd-app-cli{EXE}"
    for exe in (gui, cli):
        if not exe.is_file():
            raise SmokeFailure(f"layout: {exe} is missing (run `make dist`, or pyinstaller build.spec)")
    data, marker = dist / "data", dist / MARKER
    if data.exists() or marker.exists():
        raise SmokeFailure(f"portable: {dist} already holds data/ or {MARKER}; move them away first, "
                           "this run must not touch real data")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="fgd-smoke-") as scratch:
        env = clean_env(Path(scratch))
        marker.write_text("Data of this copy of fgd-app lives in data/ beside it.\n", "utf-8")
        try:
            steps(gui, cli, dist, out, env, Path(scratch))
        finally:
            marker.unlink(missing_ok=True)
            shutil.rmtree(data, ignore_errors=True)
    size = folder_mib(dist)
    print(f"smoke: size of {dist}: {size:.1f} MiB (limit {SIZE_LIMIT_MB})")
    if size > SIZE_LIMIT_MB:
        raise SmokeFailure(f"size: {size:.1f} MiB is over the {SIZE_LIMIT_MB} MiB limit (see build.spec EXCLUDES)")


def clean_env(scratch: Path) -> dict[str, str]:
    """No variable that would move the data dir (portable mode must decide), no Python paths,
    Qt offscreen; on Linux the per-user folders point into `scratch` to prove nothing lands there."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("FGD_APP_HOME", "FGD_APP_DB", "FGD_APP_RESOURCES", "PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["FGD_APP_LANG"] = "en"
    if sys.platform != "win32":
        env["XDG_DATA_HOME"] = str(scratch / "xdg-data")
        env["XDG_CONFIG_HOME"] = str(scratch / "xdg-config")
    return env


def steps(gui: Path, cli: Path, dist: Path, out: Path, env: dict[str, str], scratch: Path) -> None:
    from fgd_app import __version__

    def fgd(*args: str, exe: Path = cli) -> str:
        return execute(exe, args, env)

    version = fgd("--version").strip()
    if version != f"fgd-app {__version__}":
        raise SmokeFailure(f"--version: printed {version!r}, the sources say {__version__}")
    execute(gui, ("--version",), env)  # the windowed executable starts and exits 0 (Windows: prints nowhere)
    report("version", version)

    workshop_id = fgd("demo").strip()
    db = dist / "data" / "fgd-app.sqlite3"
    if not db.is_file():
        raise SmokeFailure(f"portable: `demo` did not create {db}")
    if sys.platform != "win32" and (scratch / "xdg-data").exists():
        raise SmokeFailure("portable: the program wrote into the user's data folder despite the marker")
    report("portable demo", f"{workshop_id} in {db.relative_to(dist)}")

    shot = out / "window.png"
    lines = fgd("selftest", "--gui", "--screenshot", str(shot))
    if "frozen" not in lines.splitlines()[0] or "ok gui tab" not in lines:
        raise SmokeFailure(f"selftest: unexpected output\n{lines}")
    if not shot.is_file() or shot.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
        raise SmokeFailure(f"selftest: no screenshot at {shot}")
    report("selftest --gui", f"{sum(1 for line in lines.splitlines() if line.startswith('ok '))} checks, {shot}")

    pdf = out / "minutes.pdf"
    fgd("export", "minutes", workshop_id, "-o", str(pdf))
    (regency,) = {w["regency_name"] for w in json.loads(fgd("workshops", "--json")) if w["id"] == workshop_id}
    report("export minutes", f"{pdf} ({pdf.stat().st_size // 1024} KB), {pdf_text_check(pdf, regency)}")

    bundle = out / "smoke.fgdb"
    fgd("bundle", "export", "-o", str(bundle))
    fgd("bundle", "verify", str(bundle))
    report("bundle export", f"{bundle} ({bundle.stat().st_size // 1024} KB), verified")

    report("check --full", fgd("check", "--full").strip())
    report("portable data", ", ".join(sorted(p.name for p in (dist / "data").iterdir())))


def execute(exe: Path, args: tuple[str, ...], env: dict[str, str]) -> str:
    command = [str(exe), *args]
    shown = " ".join([exe.name, *args])
    started = time.monotonic()
    try:
        result = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", errors="replace",
                                env=env, timeout=TIMEOUT, cwd=exe.parent)
    except subprocess.TimeoutExpired as exc:
        raise SmokeFailure(f"{shown}: no answer after {TIMEOUT} s\n{tail(exc.stdout)}{tail(exc.stderr)}") from None
    if result.returncode != 0:
        raise SmokeFailure(f"{shown}: exit status {result.returncode}\n{tail(result.stdout)}{tail(result.stderr)}")
    print(f"smoke:   ran {shown} ({time.monotonic() - started:.1f} s)")
    return result.stdout


def pdf_text_check(pdf: Path, regency: str) -> str:
    """The regency's name in the PDF's text layer (fonts embedded and readable), via poppler."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        return "pdftotext not installed: text not checked"
    result = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        raise SmokeFailure(f"pdftotext: cannot read {pdf}: {result.stderr.strip()}")
    if regency not in result.stdout:
        raise SmokeFailure(f"export minutes: the PDF's text does not contain {regency!r}")
    return f"pdftotext finds {regency!r}"


def folder_mib(folder: Path) -> float:
    """Disk usage like `du -s` (allocated blocks where the platform reports them), links not followed."""
    total = 0
    for path in folder.rglob("*"):
        info = path.lstat()
        if path.is_symlink() or not path.is_file():
            continue
        total += info.st_blocks * 512 if hasattr(info, "st_blocks") else info.st_size
    return total / 2**20


def report(step: str, detail: str) -> None:
    print(f"smoke: ok {step}: {detail}", flush=True)


def tail(text: str | bytes | None, lines: int = 25) -> str:
    if not text:
        return ""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return "\n".join(text.splitlines()[-lines:]) + "\n"


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))  # fgd_app.__version__: the version the build must report
    raise SystemExit(main())
