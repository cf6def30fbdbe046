"""Turn prepared CoNLL-U into Stanza tokenizer training files (.txt, .toklabels, mwt json)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from stanza.utils.datasets import conllu_to_text, prepare_tokenizer_data


@dataclass(frozen=True)
class TokenizerFiles:
    """Raw text, character labels and the (empty) MWT dictionary for one split."""

    txt: Path
    labels: Path
    mwt: Path
    conllu: Path


def make_tokenizer_files(conllu: Path, out_dir: Path, name: str) -> TokenizerFiles:
    """Write ``name.txt``, ``name.toklabels`` and ``name-mwt.json`` next to each other."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files = TokenizerFiles(
        txt=out_dir / f"{name}.txt",
        labels=out_dir / f"{name}.toklabels",
        mwt=out_dir / f"{name}-mwt.json",
        conllu=conllu,
    )
    conllu_to_text.convert_text(str(conllu), str(files.txt))
    prepare_tokenizer_data.main(
        [str(files.txt), str(conllu), "-o", str(files.labels), "-m", str(files.mwt)]
    )
    return files
