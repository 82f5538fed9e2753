"""Users extend the gazetteer without code: a rule pack's gazetteer/ directory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpuslint.cli import main
from corpuslint.errors import ConfigError
from corpuslint.extract.gazetteer import load_pack

PACK = """\
entities:
  - {name: 极氪, type: company, aliases: [ZEEKR, 極氪]}
metrics:
  - id: charging_stations
    label: {zh: 充电站数量, en: charging stations}
    kinds: [count, number]
    aliases: [充电站数量, 充电站]
"""


def write_project(root: Path, with_pack: bool) -> None:
    (root / "news").mkdir()
    (root / "news" / "a.md").write_text("截至2024年6月30日，极氪的充电站数量为1200座。\n", encoding="utf-8")
    (root / "news" / "b.md").write_text("截至2024年6月30日，極氪的充電站數量為2100座。\n", encoding="utf-8")
    if with_pack:
        (root / "pack" / "gazetteer").mkdir(parents=True)
        (root / "pack" / "gazetteer" / "ev.yaml").write_text(PACK, encoding="utf-8")
    (root / "corpuslint.toml").write_text(
        'corpus = ["news"]\n' + ('rule-packs = ["pack"]\n' if with_pack else ""), encoding="utf-8"
    )


@pytest.mark.parametrize("with_pack", [True, False])
def test_a_pack_teaches_new_entities_and_metrics(tmp_path, monkeypatch, capsys, with_pack):
    write_project(tmp_path, with_pack)
    monkeypatch.chdir(tmp_path)
    main(["check", "--format", "json", "--as-of", "2024-12-01", "--select", "CL101"])
    findings = json.loads(capsys.readouterr().out)
    assert [f["path"] for f in findings] == (["news/a.md"] if with_pack else [])


def test_a_bad_gazetteer_file_names_the_file_and_key(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("metrics:\n  - id: Bad Id\n    label: {zh: x, en: x}\n    kinds: [count]\n"
                   "    aliases: [x]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad.yaml: metrics.0.id: "):
        load_pack(bad)
