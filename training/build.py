"""Build newsstruct's bundled Dutch Stanza models from open data.

Usage (from the repository root)::

    python -m training.build --data ../shared/data --out newsstruct/data/models --seed 1234

Steps: ``prepare`` (UD split + augmentation, tokenizer files, NER JSON, word vectors, character
language model text), then ``tokenizer``, ``lemma``, ``ner``, ``pos``, ``depparse`` (Stanza's own
training entry points), then ``manifest``. ``forward_charlm`` and ``backward_charlm`` run only when
``--only`` names them (the shipped models have none, see docs/models.md); NER then reads both.
``--only`` runs a subset; ``--smoke`` runs everything, the charlm steps too, tiny in a temp dir.
The parser trains on the tags the freshly trained tagger predicts (Stanza's recipe), so ``pos``
runs before ``depparse``. ``--continue-from DIR`` goes on training the tagger and the parser from
the models in DIR (how the shipped ones were last trained, see docs/models.md).
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from training import settings
from training.layout import WorkLayout

logger = logging.getLogger("training.build")

TRAIN_STEPS: Final = (
    "tokenizer",
    "lemma",
    "forward_charlm",
    "backward_charlm",
    "ner",
    "pos",
    "depparse",
)
ALL_STEPS: Final = ("prepare", *TRAIN_STEPS, "manifest")
CHARLM_STEPS: Final = ("forward_charlm", "backward_charlm")
# The shipped models use no character language models (docs/models.md says why), so a plain build
# leaves them out; name them in --only to train them (a smoke run covers them too).
DEFAULT_STEPS: Final = tuple(s for s in ALL_STEPS if s not in CHARLM_STEPS)
# Two lanes for --jobs 2: the tagger then the parser (which learns from the tagger's predicted
# tags), everything else in the other.
LANES: Final = (
    ("pos", "depparse"),
    ("tokenizer", "lemma", "forward_charlm", "backward_charlm", "ner"),
)
# Steps that can go on from an already trained model (--continue-from).
CONTINUABLE: Final = ("pos", "depparse")
SMOKE_SENTENCES: Final = 300
SMOKE_STEPS: Final = 20
# In a smoke run evaluate/save early so that every trainer writes a model within 20 steps.
SMOKE_EXTRA: Final[dict[str, list[str]]] = {
    "tokenizer": ["--eval_steps", "10", "--max_seqlen", "300"],
    "pos": ["--eval_interval", "10"],
    "lemma": [],
    "depparse": ["--eval_interval", "10", "--checkpoint_interval", "10"],
    "ner": ["--eval_interval", "10"],
    "forward_charlm": ["--eval_steps", "5", "--cutoff", "1", "--batch_size", "10"],
    "backward_charlm": ["--eval_steps", "5", "--cutoff", "1", "--batch_size", "10"],
}


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="python -m training.build", description=__doc__.splitlines()[0]
    )
    p.add_argument(
        "--data", type=Path, default=Path("../shared/data"), help="open data folder (read only)"
    )
    p.add_argument(
        "--out", type=Path, default=None, help="model output dir (default newsstruct/data/models)"
    )
    p.add_argument("--work", type=Path, default=None, help="scratch dir (default training/work)")
    p.add_argument("--seed", type=int, default=1234)
    p.add_argument(
        "--only",
        default=None,
        help=f"comma list of steps from {ALL_STEPS} (default: all but the charlm steps)",
    )
    p.add_argument(
        "--max-steps", type=int, default=None, help="override training steps (lemma: epochs)"
    )
    p.add_argument(
        "--jobs", type=int, default=1, choices=(1, 2), help="run training steps in 2 lanes"
    )
    p.add_argument(
        "--continue-from",
        type=Path,
        default=None,
        help=f"go on training {CONTINUABLE} from the models in this folder instead of from scratch",
    )
    p.add_argument(
        "--time-limit",
        type=float,
        default=None,
        help="stop each training step after this many seconds, keeping its best model so far",
    )
    p.add_argument(
        "--charlm-hidden",
        type=int,
        default=None,
        help=f"character language model hidden size (default {settings.CHARLM_HIDDEN})",
    )
    p.add_argument("--scores", type=Path, default=None, help="accuracy JSON for the manifest")
    p.add_argument("--smoke", action="store_true", help="tiny end-to-end run in a temp dir")
    return p.parse_args(argv)


def _prepare(data: Path, w: WorkLayout, seed: int, smoke: bool) -> None:
    from training.charlm_text import write_charlm_text
    from training.ner_prep import prepare_ner
    from training.tokenizer_data import make_tokenizer_files
    from training.ud_prep import prepare_ud
    from training.vectors import train_vectors

    limit = SMOKE_SENTENCES if smoke else None
    split = prepare_ud(data, w.data, seed, max_sentences=limit)
    make_tokenizer_files(split.train, w.data, "tok_train")
    make_tokenizer_files(split.dev, w.data, "tok_dev")
    prepare_ner(data, w.ner_train, w.ner_dev, seed, max_sentences=limit)
    write_charlm_text(data, w.charlm_train, w.charlm_dev, limit_docs=200 if smoke else None)
    train_vectors(
        data,
        split.train,
        w.vectors_txt,
        w.pretrain,
        seed,
        epochs=1 if smoke else 5,
        max_vocab=5000 if smoke else 64000,
        limit_docs=50 if smoke else None,
    )


def _train(
    step: str,
    w: WorkLayout,
    out: Path,
    seed: int,
    max_steps: int | None,
    smoke: bool,
    start: Path | None = None,
    time_limit_s: float | None = None,
    charlm_hidden: int | None = None,
) -> None:
    from training.timelimit import TimeLimitError, time_limit
    from training.train import CONTINUERS, TRAINERS, install

    steps = max_steps if max_steps is not None else settings.STEPS[step]
    if smoke and step in ("lemma", *CHARLM_STEPS):
        steps = 1
    extra = list(SMOKE_EXTRA[step]) if smoke else []
    if step in CHARLM_STEPS:
        hidden = charlm_hidden or (32 if smoke else settings.CHARLM_HIDDEN)
        extra += ["--char_hidden_dim", str(hidden)]
    model = w.charlm(step.split("_")[0]) if step in CHARLM_STEPS else w.ckpt / f"nl_{step}.pt"
    try:
        with time_limit(time_limit_s):
            if start is not None and step in CONTINUERS:
                model = CONTINUERS[step](w, seed, steps, start / f"nl_{step}.pt", extra)
            else:
                model = TRAINERS[step](w, seed, steps, extra)
    except TimeLimitError as stop:
        logger.info("%s: %s; keeping the best model saved so far", step, stop)
        if not model.is_file():
            raise SystemExit(f"{step}: no model was saved within the time limit") from stop
    install(model, out)
    if step in ("pos", "depparse", "ner"):
        install(w.pretrain, out)


def _run_lanes(argv: list[str], steps: list[str], w: WorkLayout) -> None:
    """Run the training steps in two OMP_NUM_THREADS=1 subprocesses (the parser in its own lane)."""
    env = dict(os.environ, OMP_NUM_THREADS="1")
    procs = []
    w.logs.mkdir(parents=True, exist_ok=True)
    for lane in LANES:
        todo = [s for s in lane if s in steps]
        if not todo:
            continue
        log = (w.logs / f"lane-{'-'.join(todo)}.log").open("w")
        cmd = [
            sys.executable,
            "-m",
            "training.build",
            *argv,
            "--jobs",
            "1",
            "--only",
            ",".join(todo),
        ]
        logger.info("lane: %s (log %s)", " ".join(cmd), log.name)
        procs.append(subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT))
    failed = [p.args for p in procs if p.wait() != 0]
    if failed:
        raise SystemExit(f"training lane(s) failed: {failed}")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns a process exit code."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    args = _parse(argv)
    only = args.only or ",".join(ALL_STEPS if args.smoke else DEFAULT_STEPS)
    steps = [s.strip() for s in only.split(",") if s.strip()]
    unknown = set(steps) - set(ALL_STEPS)
    if unknown:
        raise SystemExit(f"unknown step(s) {sorted(unknown)}; choose from {ALL_STEPS}")
    tmp: str | None = None
    if args.smoke:
        tmp = tempfile.mkdtemp(prefix="newsstruct-smoke-")
        work = args.work or Path(tmp) / "work"
        out = args.out or Path(tmp) / "models"
        args.max_steps = args.max_steps or SMOKE_STEPS
    else:
        work = args.work or Path("training/work")
        out = args.out or Path("newsstruct/data/models")
    w = WorkLayout(work.resolve())
    out = out.resolve()
    if "prepare" in steps:
        _prepare(args.data, w, args.seed, args.smoke)
    train_steps = [s for s in TRAIN_STEPS if s in steps]
    if args.jobs == 2 and len(train_steps) > 1:
        passthrough = [
            "--data",
            str(args.data),
            "--out",
            str(out),
            "--work",
            str(w.root),
            "--seed",
            str(args.seed),
        ]
        if args.max_steps is not None:
            passthrough += ["--max-steps", str(args.max_steps)]
        if args.smoke:
            passthrough += ["--smoke"]
        if args.continue_from is not None:
            passthrough += ["--continue-from", str(args.continue_from.resolve())]
        if args.time_limit is not None:
            passthrough += ["--time-limit", str(args.time_limit)]
        if args.charlm_hidden is not None:
            passthrough += ["--charlm-hidden", str(args.charlm_hidden)]
        _run_lanes(passthrough, train_steps, w)
    else:
        for step in train_steps:
            logger.info("training %s", step)
            _train(
                step,
                w,
                out,
                args.seed,
                args.max_steps,
                args.smoke,
                args.continue_from,
                args.time_limit,
                args.charlm_hidden,
            )
    if "manifest" in steps:
        from training.manifest import write_manifest

        write_manifest(out, seed=args.seed, scores_path=args.scores)
    logger.info("models in %s", out)
    if tmp is not None and args.out is None:
        logger.info("smoke run ok; removing %s", tmp)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
