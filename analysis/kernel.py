"""Start a report's Jupyter kernel early and let it import what the notebook imports.

A report stage spends its first second and a half importing papermill, nbconvert and
jupytext; the kernel needs about as long to start and to import polars, Altair and the
package. Started first, the kernel does its part on the second core meanwhile, and the
notebook's own import cell then finds every module loaded. This module itself imports
only jupyter_client, so that the kernel starts before the heavy imports begin.
"""

from __future__ import annotations

import ast
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync


def import_statements(source: str) -> str:
    """The top-level import statements of a notebook's text form (jupytext percent format
    is valid Python: markdown cells are comments). Empty if the text does not parse."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return ""
    imports = [node for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)]
    return "\n".join(ast.unparse(node) for node in imports)


@contextmanager
def started(kernel_name: str, cwd: Path, preload: str = "") -> Iterator[AsyncKernelManager]:
    """A running kernel for papermill (`km=`), already importing ``preload``; killed on
    exit, since the executed notebook has been read back by then (see _kill). The preload
    runs silently: if it fails, the notebook's own import cell fails the same way, visibly."""
    with tempfile.TemporaryDirectory(prefix="hanoi-kernel-") as sockets:
        manager = over_ipc(kernel_name, Path(sockets))
        run_sync(manager.start_kernel)(cwd=str(cwd))
        client = manager.blocking_client()
        client.start_channels()
        try:
            if preload:
                client.execute(preload, silent=True, store_history=False)
            yield manager
        finally:
            client.stop_channels()
            _kill(manager)


def over_ipc(kernel_name: str, sockets: Path) -> AsyncKernelManager:
    """A kernel manager talking to its kernel over Unix sockets in ``sockets``: no ports
    to find, and no warning from ipykernel about unencrypted TCP in every stage's log."""
    manager = AsyncKernelManager(kernel_name=kernel_name, transport="ipc")
    manager.ip = str(sockets / "kernel")
    return manager


def _kill(manager: AsyncKernelManager) -> None:
    """Kill the kernel process at once: its results have been read, and jupyter_client's
    own shutdown polls for the process's end in steps of a tenth of a second."""
    process = getattr(manager.provisioner, "process", None)
    if process is None:
        run_sync(manager.shutdown_kernel)(now=True)
        return
    process.kill()
    process.wait()
    run_sync(manager.provisioner.wait)()  # the process has ended: this only clears it
    run_sync(manager.cleanup_resources)()  # the connection file; async in this manager
