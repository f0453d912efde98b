"""The floor of a build: per report stage a kernel start plus the notebook's imports."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from common import (
    pipeline_env,
)
from dvc_runs import report_stage_of


def notebook_imports(path: Path) -> str:
    """The notebook's top-level imports, as the report stage preloads them."""
    from analysis import kernel

    return kernel.import_statements(path.read_text(encoding="utf-8"))


def kernel_floor(root: Path, kernel: str, code: str) -> dict[str, float]:
    """Start a kernel of the report kernelspec, wait until it answers, run the imports.
    Shutdown is timed apart and is not part of the floor."""
    import tempfile

    from jupyter_client.manager import KernelManager

    sockets = tempfile.mkdtemp(prefix="hanoi-floor-")
    manager = KernelManager(kernel_name=kernel, transport="ipc")  # as analysis.kernel does
    manager.ip = f"{sockets}/kernel"
    start = time.perf_counter()
    manager.start_kernel(cwd=str(root), env=pipeline_env())
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=120)
        ready = time.perf_counter()
        reply = client.execute_interactive(code, timeout=300, output_hook=lambda _msg: None)
        imported = time.perf_counter()
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"imports failed in the kernel: {reply['content']}")
    finally:
        client.stop_channels()
        down = time.perf_counter()
        manager.shutdown_kernel(now=False)
        shutil.rmtree(sockets, ignore_errors=True)
    return {"kernel_start_s": ready - start, "imports_s": imported - ready,
            "shutdown_s": time.perf_counter() - down}


def process_floor(root: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import analysis"], cwd=root, check=True,
                   env=pipeline_env())
    return time.perf_counter() - start


def measure_floor(root: Path, stages: list[dict[str, Any]], kernel: str) -> dict[str, Any]:
    per_stage: dict[str, dict[str, float]] = {}
    for stage in stages:
        report = report_stage_of(stage)
        if report:
            code = notebook_imports(root / "notebooks" / f"{report[0]}.py")
            per_stage[stage["name"]] = kernel_floor(root, kernel, code)
        else:
            per_stage[stage["name"]] = {"process_s": process_floor(root)}
    total = sum(v.get("kernel_start_s", 0) + v.get("imports_s", 0) + v.get("process_s", 0)
                for v in per_stage.values())
    return {"total_s": total, "stages": per_stage}


def stage_floor(parts: dict[str, float]) -> float:
    return parts.get("kernel_start_s", 0) + parts.get("imports_s", 0) + parts.get("process_s", 0)


# --- 1-3: cold build, no-op, incremental ---------------------------------------------------


def kernel_name(root: Path) -> str:
    import yaml

    return yaml.safe_load((root / "params.yaml").read_text(encoding="utf-8"))["render"]["kernel"]
