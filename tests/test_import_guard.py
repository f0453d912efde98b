import subprocess
import sys

from conftest import pipeline_env

from analysis import config, staging


def test_a_guarded_package_cannot_be_imported_in_that_process():
    code = ("from analysis import import_guard\n"
            "assert import_guard.without('pandas')\n"
            "try:\n    import pandas.core.frame\nexcept ModuleNotFoundError as error:\n"
            "    print(error.name)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "pandas"  # its parent package, which is imported first


def test_validate_command_imports_neither_pandas_nor_numpy_and_writes_the_same_tables(
        project, tmp_path):
    made = project()
    cfg = config.load(made.root)
    from analysis import provenance

    provenance.write_verified(cfg)
    staging.write_staging(cfg)  # in this process, where pandas may be loaded
    expected = {p.name: p.read_bytes() for p in cfg.validated.glob("*.parquet")}
    code = ("import runpy, sys\nsys.argv = ['analysis', 'validate']\n"
            "try:\n    runpy.run_module('analysis', run_name='__main__')\n"
            "except SystemExit as end:\n    assert not end.code, end.code\n"
            "print(sorted(m for m in ('pandas', 'numpy') if m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=made.root, capture_output=True,
                            text=True, env=pipeline_env())
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"
    assert {p.name: p.read_bytes() for p in cfg.validated.glob("*.parquet")} == expected


def test_the_report_stage_libraries_load_without_pyarrow_and_tornado_web():
    code = ("import sys\nfrom analysis import import_guard\n"
            "assert import_guard.without('pyarrow', 'tornado.web')\n"
            "from analysis import kernel, render\nimport jupytext, papermill\n"
            "print(sorted(m for m in ('pyarrow', 'numpy', 'tornado.web') if m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=pipeline_env())
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
