"""The command line, driven through main() with a tiny registered backend."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsstruct import register_backend
from newsstruct.cli import main
from tests.contract.test_example_backend import WhitespaceBackend

TEXT = "Regen op komst\n\nHet KNMI zei dat het gaat regenen. “Neem een paraplu mee”, zei hij."


@pytest.fixture(autouse=True)
def _backend() -> None:
    register_backend("whitespace", WhitespaceBackend, clobber=True)


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Article"


def test_backends(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backends"]) == 0
    assert "stanza" in capsys.readouterr().out.split()


def test_parse_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["parse", str(path), "--backend", "whitespace"]) == 0
    article = json.loads(capsys.readouterr().out)
    assert article["text"] == TEXT
    assert article["id"] == "a"


def test_parse_jsonl_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        "\n".join(json.dumps({"id": str(i), "text": TEXT}) for i in range(3)) + "\n",
        encoding="utf-8",
    )
    assert main(["parse", str(path), "--backend", "whitespace", "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["0", "1", "2"]


def test_parse_text_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["parse", str(path), "--backend", "whitespace", "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "Paragraphs (2)" in out and "Quotes" in out


def test_unknown_backend_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["parse", str(path), "--backend", "nope"]) == 1
    assert "no backend named 'nope'" in capsys.readouterr().err


def test_directory_of_texts_with_output_and_resume(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(folder), "--backend", "whitespace", "-o", str(out)]) == 0
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["a", "sub/b"]

    (folder / "c.txt").write_text(TEXT, encoding="utf-8")
    with out.open("a", encoding="utf-8") as handle:
        handle.write('{"id": "half-writ')  # an interrupted run left a broken last line
    assert main(["parse", str(folder), "--backend", "whitespace", "-o", str(out), "--resume"]) == 0
    lines = out.read_text().splitlines()
    ids = [json.loads(line)["id"] for line in lines if line.endswith("}")]
    assert ids == ["a", "sub/b", "c"]


def test_failures_become_records_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.jsonl"
    rows = [{"id": "ok", "text": TEXT}, {"id": "bad", "text": 42}, {"id": "ok2", "text": TEXT}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert main(["parse", str(path), "--backend", "whitespace"]) == 0
    captured = capsys.readouterr()
    results = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["id"] for r in results] == ["ok", "bad", "ok2"]
    assert results[1]["error_type"] == "TypeError"
    assert "1 article(s) failed" in captured.err


def test_resume_needs_an_output(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["parse", str(tmp_path), "--resume"])
