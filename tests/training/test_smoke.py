"""Smoke test of the model build: every step on a few hundred sentences, 20 steps each."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(os.environ.get("NEWSSTRUCT_DATA", ROOT.parent / "shared" / "data"))

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (DATA / "ud-nl").is_dir(), reason=f"open data not found at {DATA}"),
]


def test_build_smoke(tmp_path: Path) -> None:
    out = tmp_path / "models"
    cmd = [
        sys.executable,
        "-m",
        "training.build",
        "--smoke",
        "--data",
        str(DATA),
        "--out",
        str(out),
        "--work",
        str(tmp_path / "work"),
    ]
    env = dict(os.environ, OMP_NUM_THREADS="1")
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=150)
    assert done.returncode == 0, done.stderr[-3000:]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["processors"]) == {"tokenize", "pos", "lemma", "depparse", "ner"}
    for entry in manifest["processors"].values():
        assert (out / entry["file"]).stat().st_size == entry["size_bytes"]
    assert (out / manifest["pretrain"]["file"]).is_file()
    # NER reads both character language models, and the manifest checks them like the rest.
    charlms = {d: manifest["charlm"][d]["file"] for d in ("forward", "backward")}
    assert manifest["processors"]["ner"]["forward_charlm"] == charlms["forward"]
    assert manifest["processors"]["ner"]["backward_charlm"] == charlms["backward"]
    assert all((out / name).is_file() for name in charlms.values())

    # The shipped tagger and parser were trained further from earlier models (--continue-from).
    before = {name: (out / f"nl_{name}.pt").read_bytes() for name in ("pos", "depparse")}
    again = [*cmd, "--only", "pos,depparse", "--continue-from", str(out)]
    done = subprocess.run(again, cwd=ROOT, env=env, capture_output=True, text=True, timeout=85)
    assert done.returncode == 0, done.stderr[-3000:]
    for name, data in before.items():
        assert (out / f"nl_{name}.pt").read_bytes() != data, name
