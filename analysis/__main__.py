"""`python -m analysis <command>`: the one command line of the pipeline."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import signal
import sys
from pathlib import Path

from analysis import interpreter

if __name__ == "__main__":  # before any third-party import: see analysis/interpreter.py
    interpreter.use_project_python(sys.argv[1:])

from analysis import config as config_module
from analysis.errors import InputError


def _verify(args: argparse.Namespace) -> None:
    from analysis import provenance

    hashes = provenance.write_verified(config_module.load())
    print(f"verified {len(hashes)} raw files against data/raw/manifest.yaml")


def _validate(args: argparse.Namespace) -> None:
    from analysis import import_guard

    import_guard.without("pandas", "numpy")  # pandera's polars API needs neither: 1.5 s saved
    from analysis import staging

    counts = staging.write_staging(config_module.load())
    print("validated: " + ", ".join(f"{name} {rows}" for name, rows in counts.items()))


def _warehouse(args: argparse.Namespace) -> None:
    from analysis import warehouse

    figures = warehouse.build(config_module.load())
    print(json.dumps(figures, indent=2, sort_keys=True))


def _report(args: argparse.Namespace) -> None:
    from analysis import import_guard

    # papermill's HDFS support (pyarrow, numpy) and jupytext's Jupyter-server contents
    # manager (tornado.web) are optional there and unused here: about 1 s of imports.
    import_guard.without("pyarrow", "tornado.web")
    from analysis import kernel

    config = config_module.load()
    config.report_spec(args.report)  # an unknown name stops here, before a kernel starts
    notebook = config.notebook(args.report)
    preload = (kernel.import_statements(notebook.read_text(encoding="utf-8"))
               if notebook.is_file() else "")
    # Started before `render` is imported: the kernel boots and runs the notebook's imports
    # on the other core while this process imports papermill, nbconvert and jupytext.
    with kernel.started(config.kernel, config.root, preload) as km:
        from analysis import render

        path = render.build_report(config, args.report, args.snapshot, km=km)
    print(f"wrote {path}")


def _index(args: argparse.Namespace) -> None:
    from analysis import index

    print(f"wrote {index.build(config_module.load())}")


def _claims_eval(args: argparse.Namespace) -> None:
    from analysis import claims_eval

    sys.exit(claims_eval.run(args))


def _new_report(args: argparse.Namespace) -> None:
    from analysis import scaffold

    notebook, name = scaffold.new_report(config_module.load(), args.title)
    print(f"wrote {notebook} and declared it in params.yaml `reports:`; build it with "
          f"`dvc repro report@{name}-<snapshot>` or `make reports`")


def _import_untc(args: argparse.Namespace) -> None:
    from analysis import untc_xml

    untc_xml.run(args)


def _add_snapshot(args: argparse.Namespace) -> None:
    from analysis import snapshot_add

    code = snapshot_add.run(args)
    if code:
        sys.exit(code)


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date YYYY-MM-DD") from None


AS_OF_HELP = "the snapshot's date (default: the date the document states, else today, UTC)"


def _import_untc_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("xml", type=Path, help="the status XML (e.g. XVIII-16.en.xml)")
    sub.add_argument("--as-of", type=_iso_date, help=AS_OF_HELP + "; later actions are refused")
    sub.add_argument("--output", type=Path,
                     help="CSV to write (default: data/raw/untc/<treaty>/<as-of>.csv)")
    sub.add_argument("--force", action="store_true", help="replace an existing output file")


def _add_snapshot_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("source", nargs="?",
                     help="status XML or registry CSV: a file or an http(s) URL (default: "
                          "download treaty.status_url from params.yaml)")
    sub.add_argument("--as-of", type=_iso_date, help=AS_OF_HELP)
    sub.add_argument("--backfill", action="store_true",
                     help="allow an as-of earlier than the newest snapshot")
    sub.add_argument("--build", action="store_true", help="run `dvc repro` afterwards")


COMMANDS = {
    "verify": (_verify, "check raw files against the manifest's sha256"),
    "validate": (_validate, "check raw tables and write staging parquet"),
    "warehouse": (_warehouse, "run the SQL models into DuckDB and parquet"),
    "report": (_report, "execute one notebook for one snapshot and render its HTML"),
    "index": (_index, "write reports/index.html"),
    "new-report": (_new_report, "scaffold notebooks/<name>.py and declare it in params.yaml"),
    "import-untc": (_import_untc, "convert a UN Treaty Collection status XML to the raw CSV"),
    "add-snapshot": (_add_snapshot, "add a registry snapshot (file or URL; default: download "
                                    "the treaty's status XML), manifest and params included"),
    "claims-eval": (_claims_eval, "precision and recall of the claims extractor on its test set"),
}


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    commands = top.add_subparsers(dest="command", required=True)
    for name, (handler, help_text) in COMMANDS.items():
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        if name == "report":
            sub.add_argument("report", help="a report named in params.yaml `reports:`")
            sub.add_argument("snapshot")
        if name == "new-report":
            sub.add_argument("title", help='the page title, e.g. "Uptake race"')
        if name == "import-untc":
            _import_untc_arguments(sub)
        if name == "add-snapshot":
            _add_snapshot_arguments(sub)
        if name == "claims-eval":
            from analysis.claims_eval import add_arguments

            add_arguments(sub)
    return top


def shown(error: InputError) -> str:
    """The one-line message, with a file inside the project named relative to its root
    (``data/raw/...``), as the README shows it, rather than by an absolute temp path."""
    if "://" in error.path:  # a URL
        return str(error)
    path = Path(error.path)
    if path.is_absolute():
        try:
            path = path.relative_to(config_module.project_root())
        except ValueError:
            return str(error)
    return str(InputError(path.as_posix(), error.message, row=error.row, field=error.field))


def _terminate(signum: int, frame: object) -> None:
    """SIGTERM (`kill`, a CI timeout, DVC's process group being stopped) unwinds like Ctrl-C:
    the `finally` blocks of analysis.atomic remove their temp files before the process ends.
    Python's default action for SIGTERM ends the process at once and leaves them behind."""
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    signal.signal(signal.SIGTERM, _terminate)
    try:
        args.handler(args)
    except InputError as error:
        print(f"error: {shown(error)}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
