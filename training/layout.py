"""Where the build keeps its scratch files (training/work/ by default, never committed)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class WorkLayout:
    """Paths under the scratch directory."""

    root: Path

    @property
    def data(self) -> Path:
        """Prepared training data."""
        return self.root / "data"

    @property
    def ckpt(self) -> Path:
        """Model checkpoints."""
        return self.root / "ckpt"

    @property
    def logs(self) -> Path:
        """Training logs."""
        return self.root / "logs"

    @property
    def ud_train(self) -> Path:
        """Augmented UD training CoNLL-U."""
        return self.data / "ud_train.conllu"

    @property
    def ud_dev(self) -> Path:
        """Augmented UD model-selection CoNLL-U (carved out of the training material)."""
        return self.data / "ud_dev.conllu"

    @property
    def ud_train_tagged(self) -> Path:
        """``ud_train`` with UPOS/XPOS/UFeats predicted by the trained tagger (parser input)."""
        return self.data / "ud_train.tagged.conllu"

    @property
    def ud_dev_tagged(self) -> Path:
        """``ud_dev`` with predicted tags (parser model selection)."""
        return self.data / "ud_dev.tagged.conllu"

    @property
    def ner_train(self) -> Path:
        """NER training JSON (ned.train, augmented)."""
        return self.data / "ner_train.json"

    @property
    def ner_dev(self) -> Path:
        """NER model-selection JSON (ned.testa)."""
        return self.data / "ner_dev.json"

    @property
    def charlm_train(self) -> Path:
        """Character language model training text (news corpus, xz)."""
        return self.data / "charlm_train.txt.xz"

    @property
    def charlm_dev(self) -> Path:
        """Character language model selection text (every 100th corpus article)."""
        return self.data / "charlm_dev.txt"

    def charlm(self, direction: str) -> Path:
        """The trained ``forward`` or ``backward`` character language model."""
        return self.ckpt / f"nl_{direction}_charlm.pt"

    @property
    def vectors_txt(self) -> Path:
        """word2vec text vectors."""
        return self.data / "vectors.txt"

    @property
    def pretrain(self) -> Path:
        """Stanza pretrain file built from the vectors."""
        return self.data / "nl_pretrain.pt"
