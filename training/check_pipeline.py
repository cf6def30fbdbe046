"""Load the bundled models offline with ``stanza.Pipeline`` and check quotes on Dutch text.

Usage: ``python -m training.check_pipeline [--models DIR]``; exits 1 on a failed check.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Final

SAMPLE: Final = (
    "„We gaan het niet doen,” zegt premier Dick Schoof in Den Haag. "
    "‘Dat is zo’n verhaal van ’s avonds,’ aldus de minister.\n\n"
    "Volgens Jansen was het “echt onzin”. De foto’s van ING in Amsterdam werden "
    "dinsdag getoond. \"Nee\", zei hij. Zij noemde het 'een grap'."
)
QUOTES: Final = frozenset("„“”‘’\"'") | {",,", "''"}


def main(argv: list[str] | None = None) -> int:
    """Print the analysis and check that every quote mark is its own PUNCT token."""
    import stanza

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--models", type=Path, default=Path("newsstruct/data/models"))
    args = p.parse_args(argv)
    m = args.models.resolve()
    pt = str(m / "nl_pretrain.pt")
    with tempfile.TemporaryDirectory() as res:
        (Path(res) / "resources.json").write_text("{}", encoding="utf-8")
        nlp = stanza.Pipeline(
            lang="nl",
            dir=res,
            download_method=None,
            processors="tokenize,pos,lemma,depparse,ner",
            tokenize_model_path=str(m / "nl_tokenizer.pt"),
            pos_model_path=str(m / "nl_pos.pt"),
            pos_pretrain_path=pt,
            lemma_model_path=str(m / "nl_lemma.pt"),
            depparse_model_path=str(m / "nl_depparse.pt"),
            depparse_pretrain_path=pt,
            ner_model_path=str(m / "nl_ner.pt"),
            ner_pretrain_path=pt,
            logging_level="WARN",
        )
        doc = nlp(SAMPLE)
    bad = []
    for sent in doc.sentences:
        for w in sent.words:
            print(f"{w.text:<14} {w.lemma or '':<12} {w.upos:<6} {w.head:>3} {w.deprel}")
            glued = any(q in w.text for q in '„“”‘"') and w.text not in QUOTES
            if (w.text in QUOTES and w.upos != "PUNCT") or glued:
                bad.append(f"{w.text}/{w.upos}")
        print()
    print("entities:", [(e.text, e.type) for e in doc.ents])
    if bad:
        print("FAILED quote checks:", bad)
        return 1
    print("quote checks ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
