"""Run Stanza's own training entry points for each processor, seeded, on prepared data."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any
from unittest.mock import patch

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


def _ud_args(
    w: WorkLayout,
    seed: int,
    save: Path,
    steps: int,
    data: tuple[Path, Path],
    prediction: str,
    processor_args: Sequence[str],
) -> list[str]:
    """Arguments shared by the tagger and the parser: data, vectors, steps, where to save."""
    train, dev = data
    return [
        "--mode",
        "train",
        "--lang",
        "nl",
        "--shorthand",
        "nl_news",
        "--train_file",
        str(train),
        "--eval_file",
        str(dev),
        "--output_file",
        str(w.ckpt / prediction),
        "--wordvec_pretrain_file",
        str(w.pretrain),
        "--max_steps",
        str(steps),
        "--save_dir",
        str(w.ckpt),
        "--save_name",
        save.name,
        *processor_args,
        *_common(seed),
    ]


def _pos_args(w: WorkLayout, seed: int, save: Path, steps: int) -> list[str]:
    data = (w.ud_train, w.ud_dev)
    return _ud_args(w, seed, save, steps, data, "pos_dev_pred.conllu", settings.POS_ARGS)


def train_pos(w: WorkLayout, seed: int, steps: int, extra: Sequence[str] = ()) -> Path:
    """Train UPOS/XPOS/UFeats tagger with the shared word vectors."""
    from stanza.models import tagger

    save = w.ckpt / "nl_pos.pt"
    tagger.main([*_pos_args(w, seed, save, steps), *extra])
    return save


def continue_pos(
    w: WorkLayout, seed: int, steps: int, start: Path, extra: Sequence[str] = ()
) -> Path:
    """Continue training the tagger from ``start`` (Stanza's tagger cannot resume on its own).

    The model, its vocabulary and its settings are loaded from ``start``; the optimizer restarts at
    ``lr`` 1e-3 (a third of the first run's) with a fresh score history.
    """
    from stanza.models import tagger
    from stanza.models.pos.trainer import Trainer

    save = w.ckpt / "nl_pos.pt"
    vocab = _vocab_of(start)

    def warm_trainer(**kwargs: Any) -> Trainer:
        kwargs.pop("vocab", None)
        return Trainer(model_file=str(start), **kwargs)

    same_vocab = staticmethod(lambda *_args, **_kwargs: vocab)
    with (
        patch.object(tagger, "Trainer", warm_trainer),
        patch.object(tagger.Dataset, "init_vocab", same_vocab),
    ):
        tagger.main([*_pos_args(w, seed, save, steps), "--lr", "1e-3", *extra])
    return save


def train_charlm(
    w: WorkLayout, seed: int, epochs: int, extra: Sequence[str] = (), *, direction: str
) -> Path:
    """Train a ``forward`` or ``backward`` character language model on the news text."""
    from stanza.models import charlm

    save = w.charlm(direction)
    save.parent.mkdir(parents=True, exist_ok=True)
    charlm.main(
        [
            "--mode",
            "train",
            "--shorthand",
            "nl_news",
            "--direction",
            direction,
            "--train_file",
            str(w.charlm_train),
            "--eval_file",
            str(w.charlm_dev),
            "--epochs",
            str(epochs),
            "--save_dir",
            str(save.parent),
            "--save_name",
            save.name,
            "--vocab_save_name",
            f"nl_{direction}_charlm_vocab.pt",
            "--char_hidden_dim",
            str(settings.CHARLM_HIDDEN),
            *settings.CHARLM_ARGS,
            *_common(seed),
            *extra,
        ]
    )
    return save


def _charlm_args(w: WorkLayout) -> list[str]:
    """NER's character language model arguments when both models are in the checkpoint folder."""
    forward, backward = w.charlm("forward"), w.charlm("backward")
    if not (forward.is_file() and backward.is_file()):
        logger.info("NER without character language models (none in %s)", w.ckpt)
        return []
    logger.info("NER with character language models %s, %s", forward, backward)
    return [
        "--charlm",
        "--charlm_shorthand",
        "nl_news",
        "--charlm_forward_file",
        str(forward),
        "--charlm_backward_file",
        str(backward),
    ]


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


def retag(w: WorkLayout, tagger_model: Path) -> tuple[Path, Path]:
    """Replace the gold UPOS/XPOS/UFeats of the parser's data by the trained tagger's predictions.

    Stanza's own recipe (``prepare_depparse_treebank --predicted``): the parser then learns from the
    tags it will see at run time, not from gold tags it never gets.
    """
    from stanza.models import tagger

    for gold, tagged in ((w.ud_train, w.ud_train_tagged), (w.ud_dev, w.ud_dev_tagged)):
        tagger.main(
            [
                "--mode",
                "predict",
                "--lang",
                "nl",
                "--shorthand",
                "nl_news",
                "--wordvec_pretrain_file",
                str(w.pretrain),
                "--save_dir",
                str(tagger_model.parent),
                "--save_name",
                tagger_model.name,
                "--eval_file",
                str(gold),
                "--output_file",
                str(tagged),
            ]
        )
    return w.ud_train_tagged, w.ud_dev_tagged


def _depparse_args(w: WorkLayout, seed: int, save: Path, steps: int) -> list[str]:
    data = (w.ud_train_tagged, w.ud_dev_tagged)
    prediction = "depparse_dev_pred.conllu"
    return _ud_args(w, seed, save, steps, data, prediction, settings.DEPPARSE_ARGS)


def train_depparse(w: WorkLayout, seed: int, steps: int, extra: Sequence[str] = ()) -> Path:
    """Train the biaffine parser on predicted tags (needs the POS model; resumes its checkpoint)."""
    from stanza.models import parser

    retag(w, w.ckpt / "nl_pos.pt")
    save = w.ckpt / "nl_depparse.pt"
    ckpt = w.ckpt / "nl_depparse_checkpoint.pt"
    parser.main(
        [*_depparse_args(w, seed, save, steps), "--checkpoint_save_name", str(ckpt), *extra]
    )
    return save


def continue_depparse(
    w: WorkLayout, seed: int, steps: int, start: Path, extra: Sequence[str] = ()
) -> Path:
    """Continue a trained parser on predicted tags with Adam at Stanza's second-stage rate.

    Used for the shipped parser, which was first trained on gold tags: ``start`` is loaded with a
    fresh score history (``--continue_from``) and the best model on the predicted-tag selection
    data is kept.
    """
    from stanza.models import parser

    retag(w, w.ckpt / "nl_pos.pt")
    save = w.ckpt / "nl_depparse.pt"
    if start.resolve() != save.resolve():
        shutil.copyfile(start, save)
    with _parser_vocab_from(save, parser):
        parser.main(
            [
                *_depparse_args(w, seed, save, steps),
                "--continue_from",
                str(save),
                "--no_checkpoint",
                "--optim",
                "adam",
                "--lr",
                "0.0002",
                "--no_second_optim",
                *extra,
            ]
        )
    return save


def _vocab_of(model: Path) -> Any:
    """The ``MultiVocab`` saved in a Stanza tagger or parser file."""
    import torch
    from stanza.models.pos.vocab import MultiVocab

    state = torch.load(model, map_location="cpu", weights_only=True)
    return MultiVocab.load_state_dict(state["vocab"])


def _parser_vocab_from(model: Path, parser: ModuleType) -> AbstractContextManager[Any]:
    """Batch the data with ``model``'s vocabulary instead of one rebuilt from the training file.

    ``parser.train`` rebuilds the vocabulary from the training data, and predicted tags give other
    tag counts, so indices would no longer match the loaded embeddings. Unseen tags become UNK.
    """
    vocab = _vocab_of(model)
    original = parser.DataLoader

    def loader(*args: Any, **kwargs: Any) -> Any:
        kwargs["vocab"] = kwargs.get("vocab") or vocab
        return original(*args, **kwargs)

    return patch.object(parser, "DataLoader", loader)


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
        *_charlm_args(w),
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
    "forward_charlm": partial(train_charlm, direction="forward"),
    "backward_charlm": partial(train_charlm, direction="backward"),
    "pos": train_pos,
    "lemma": train_lemma,
    "depparse": train_depparse,
    "ner": train_ner,
}

CONTINUERS: dict[str, Callable[[WorkLayout, int, int, Path, Sequence[str]], Path]] = {
    "pos": continue_pos,
    "depparse": continue_depparse,
}


def install(model: Path, out_dir: Path) -> Path:
    """Copy a trained model into the package's model directory."""
    out_dir.mkdir(parents=True, exist_ok=True)
    dest = out_dir / model.name
    shutil.copyfile(model, dest)
    logger.info("installed %s -> %s", model, dest)
    return dest
