"""Run Stanza's own training entry points for each processor, seeded, on prepared data."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

from training import settings
from training.layout import WorkLayout

logger = logging.getLogger(__name__)


def _common(seed: int) -> list[str]:
    return ["--seed", str(seed)]


def train_tokenizer(w: WorkLayout, seed: int, steps: int, extra: Sequence[str] = ()) -> Path:
    """Train the tokenizer + sentence splitter; return the best-on-dev model path."""
    from stanza.models import tokenizer

    save = w.ckpt / "nl_tokenizer.pt"
    tokenizer.main(
        [
            "--mode",
            "train",
            "--lang",
            "nl",
            "--shorthand",
            "nl_news",
            "--txt_file",
            str(w.data / "tok_train.txt"),
            "--label_file",
            str(w.data / "tok_train.toklabels"),
            "--dev_txt_file",
            str(w.data / "tok_dev.txt"),
            "--dev_label_file",
            str(w.data / "tok_dev.toklabels"),
            "--dev_conll_gold",
            str(w.ud_dev),
            "--conll_file",
            str(w.ckpt / "tok_dev_pred.conllu"),
            "--mwt_json_file",
            str(w.data / "tok_train-mwt.json"),
            "--steps",
            str(steps),
            "--save_dir",
            str(w.ckpt),
            "--save_name",
            save.name,
            *settings.TOKENIZER_ARGS,
            *_common(seed),
            *extra,
        ]
    )
    return save


def train_pos(w: WorkLayout, seed: int, steps: int, extra: Sequence[str] = ()) -> Path:
    """Train UPOS/XPOS/UFeats tagger with the shared word vectors."""
    from stanza.models import tagger

    save = w.ckpt / "nl_pos.pt"
    tagger.main(
        [
            "--mode",
            "train",
            "--lang",
            "nl",
            "--shorthand",
            "nl_news",
            "--train_file",
            str(w.ud_train),
            "--eval_file",
            str(w.ud_dev),
            "--output_file",
            str(w.ckpt / "pos_dev_pred.conllu"),
            "--wordvec_pretrain_file",
            str(w.pretrain),
            "--max_steps",
            str(steps),
            "--save_dir",
            str(w.ckpt),
            "--save_name",
            save.name,
            *settings.POS_ARGS,
            *_common(seed),
            *extra,
        ]
    )
    return save


def train_lemma(w: WorkLayout, seed: int, epochs: int, extra: Sequence[str] = ()) -> Path:
    """Train the seq2seq + dictionary lemmatizer (plain lemmas, no Alpino underscores)."""
    from stanza.models import lemmatizer

    save = w.ckpt / "nl_lemma.pt"
    lemmatizer.main(
        [
            "--mode",
            "train",
            "--shorthand",
            "nl_news",
            "--train_file",
            str(w.ud_train),
            "--eval_file",
            str(w.ud_dev),
            "--output_file",
            str(w.ckpt / "lemma_dev_pred.conllu"),
            "--num_epoch",
            str(epochs),
            "--save_dir",
            str(w.ckpt),
            "--save_name",
            save.name,
            *settings.LEMMA_ARGS,
            *_common(seed),
            *extra,
        ]
    )
    return save


def train_depparse(w: WorkLayout, seed: int, steps: int, extra: Sequence[str] = ()) -> Path:
    """Train the biaffine parser on gold UPOS/XPOS/UFeats (resumes from its checkpoint)."""
    from stanza.models import parser

    save = w.ckpt / "nl_depparse.pt"
    ckpt = w.ckpt / "nl_depparse_checkpoint.pt"
    parser.main(
        [
            "--mode",
            "train",
            "--lang",
            "nl",
            "--shorthand",
            "nl_news",
            "--train_file",
            str(w.ud_train),
            "--eval_file",
            str(w.ud_dev),
            "--output_file",
            str(w.ckpt / "depparse_dev_pred.conllu"),
            "--wordvec_pretrain_file",
            str(w.pretrain),
            "--max_steps",
            str(steps),
            "--save_dir",
            str(w.ckpt),
            "--save_name",
            save.name,
            "--checkpoint_save_name",
            str(ckpt),
            *settings.DEPPARSE_ARGS,
            *_common(seed),
            *extra,
        ]
    )
    return save


def _ner_args(w: WorkLayout, seed: int, save: Path, extra: Sequence[str]) -> list[str]:
    return [
        "--mode",
        "train",
        "--shorthand",
        "nl_conll02",
        "--train_file",
        str(w.ner_train),
        "--eval_file",
        str(w.ner_dev),
        "--wordvec_pretrain_file",
        str(w.pretrain),
        "--save_dir",
        str(w.ckpt),
        "--save_name",
        save.name,
        *settings.NER_ARGS,
        *_common(seed),
        *extra,
    ]


def train_ner(w: WorkLayout, seed: int, steps: int, extra: Sequence[str] = ()) -> Path:
    """Train NER on ned.train (selecting on ned.testa), then a second run from the best model."""
    from stanza.models import ner_tagger

    save = w.ckpt / "nl_ner.pt"
    ner_tagger.main([*_ner_args(w, seed, save, extra), "--max_steps", str(steps)])
    continue_ner(w, seed, min(steps, settings.NER_SECOND_RUN_STEPS), extra)
    return save


def continue_ner(w: WorkLayout, seed: int, steps: int, extra: Sequence[str] = ()) -> Path:
    """Restart the SGD schedule from the best NER model (Stanza's ``--finetune``) for ``steps``.

    The first run was cut short by the CPU budget while ned.testa F1 was still rising.
    """
    from stanza.models import ner_tagger

    save = w.ckpt / "nl_ner.pt"
    if steps > 0:
        ner_tagger.main(
            [
                *_ner_args(w, seed + 1, save, extra),
                "--max_steps",
                str(steps),
                "--finetune",
                "--finetune_load_name",
                str(save),
            ]
        )
    return save


TRAINERS: dict[str, Callable[[WorkLayout, int, int, Sequence[str]], Path]] = {
    "tokenizer": train_tokenizer,
    "pos": train_pos,
    "lemma": train_lemma,
    "depparse": train_depparse,
    "ner": train_ner,
}


def install(model: Path, out_dir: Path) -> Path:
    """Copy a trained model into the package's model directory."""
    out_dir.mkdir(parents=True, exist_ok=True)
    dest = out_dir / model.name
    shutil.copyfile(model, dest)
    logger.info("installed %s -> %s", model, dest)
    return dest
