"""A small corpus on new subjects whose figures agree: no consistency or arithmetic finding.

Compatible precision (50.9万 vs 超过50万, 99.1亿 vs 约99亿), a forecast next to actuals,
different scopes (全球 vs 海外), a comparison baseline and a correct sum must all stay quiet;
altering one figure must not.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from corpuslint.cli import main

CORPUS = Path(__file__).parent / "data" / "clean_corpus"
ARGS = ["--format", "json", "--as-of", "2024-07-01", "--no-cache", "--select", "CL1,CL2"]


def findings(capsys, path: Path) -> list[dict]:
    main(["check", str(path), *ARGS])
    return json.loads(capsys.readouterr().out)


def test_agreeing_articles_give_no_warning_or_error(capsys):
    found = findings(capsys, CORPUS)
    assert [f for f in found if f["severity"] != "info"] == []
    # A cumulative total that grew is reported only as information naming the newest value.
    assert [(f["rule"], f["path"].rsplit("/", 1)[-1]) for f in found] == [("CL102", "nio_q1.md")]


def test_one_altered_figure_is_a_conflict(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    digest = corpus / "nio_q1_digest.txt"
    digest.write_text(digest.read_text(encoding="utf-8").replace("约99亿元", "约79亿元"),
                      encoding="utf-8")
    conflicts = [f for f in findings(capsys, corpus) if f["rule"] == "CL101"]
    assert len(conflicts) == 1 and "99.1亿元" in conflicts[0]["message"] + str(conflicts[0]["related"])


def test_a_shrinking_cumulative_total_is_reported(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    digest = corpus / "nio_q1_digest.txt"
    digest.write_text(digest.read_text(encoding="utf-8").replace("55.8万辆", "45.8万辆"),
                      encoding="utf-8")
    assert [f["rule"] for f in findings(capsys, corpus) if f["rule"] == "CL103"] == ["CL103"]
