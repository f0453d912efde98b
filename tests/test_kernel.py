import textwrap

from jupyter_client.manager import AsyncKernelManager

from analysis import kernel
from analysis.config import load


def test_import_statements_are_the_top_level_imports_in_order():
    source = textwrap.dedent('''\
        # %% [markdown]
        # A title
        # %%
        import json
        from pathlib import (
            Path,
        )
        x = 1
        def helper():
            import fractions
        # %%
        import polars as pl
        ''')
    assert kernel.import_statements(source) == (
        "import json\nfrom pathlib import Path\nimport polars as pl")


def test_import_statements_of_unparsable_text_are_empty():
    assert kernel.import_statements("%matplotlib inline\nimport json\n") == ""


def test_started_kernel_runs_the_preload_in_its_folder_and_is_stopped_afterwards(tmp_path):
    config = load()
    with kernel.started(config.kernel, tmp_path, "import fractions\nx = 41 + 1") as manager:
        assert isinstance(manager, AsyncKernelManager)
        client = manager.blocking_client()
        client.start_channels()
        try:
            client.wait_for_ready(timeout=60)
            # The preload arrives from another client, so it may run after this client's
            # first request: ask until it has.
            for _ in range(100):
                printed = run(client, "import os, sys\n"
                                      "print('fractions' in sys.modules, "
                                      "globals().get('x'), os.getcwd())")
                if printed.startswith("True"):
                    break
        finally:
            client.stop_channels()
    assert printed.split() == ["True", "42", str(tmp_path)]
    assert not manager.has_kernel


def run(client, code: str) -> str:
    printed: list[dict] = []
    reply = client.execute_interactive(code, timeout=60, output_hook=printed.append)
    assert reply["content"]["status"] == "ok"
    return "".join(m["content"].get("text", "") for m in printed if m["msg_type"] == "stream")
