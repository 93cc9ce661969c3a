"""The command line: formats, inputs, exit codes, one-line errors without tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

from newsift import __version__
from newsift.model import Analysis, assert_provenance
from tests.conftest import EXAMPLES, run_newsift

SHORT = "GENEVA (Alpine Wire) — Envoys from both sides met on Tuesday, the UN said.\nTalks continue next week."


def _analyses_from_jsonl(stdout: str) -> list[Analysis]:
    return [Analysis.from_dict(json.loads(line)) for line in stdout.splitlines() if line.strip()]


def test_version(cli):
    result = cli("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"newsift {__version__}"


def test_dispatch_json_has_the_contract_and_dateline(cli, dispatch_path):
    result = cli("analyze", str(dispatch_path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["newsift_version"] == __version__
    assert data["article"]["dateline"]["place"] == "DAMASCUS"
    assert data["article"]["dateline"]["agency"] == "Dispatches"
    assert data["article"]["text"] == dispatch_path.read_text("utf-8")
    for key in ("actors", "events", "claims", "times", "places"):
        assert isinstance(data[key], list)
    assert set(data["framing"]) >= {"cues", "labels", "summary"}
    assert_provenance(Analysis.from_dict(data))


def test_text_report_has_every_section(cli, dispatch_path):
    result = cli("analyze", str(dispatch_path))
    assert result.exit_code == 0
    for section in ("Actors (", "Events (", "Claims (", "Times (", "Places (", "Framing ("):
        assert section in result.stdout
    assert "DAMASCUS · Dispatches" in result.stdout
    assert "Jolani: HTS in Security Talks" in result.stdout


def test_rss_as_jsonl_streams_one_analysis_per_entry(cli):
    result = cli("analyze", str(EXAMPLES / "sahel-desk.rss"), "--format", "jsonl")
    assert result.exit_code == 0
    analyses = _analyses_from_jsonl(result.stdout)
    assert [a.article.dateline.place for a in analyses] == ["OUAGADOUGOU", "BAMAKO", "NIAMEY"]
    for analysis in analyses:
        assert_provenance(analysis)


def test_json_with_several_articles_is_an_array(cli):
    result = cli("analyze", str(EXAMPLES / "kyiv-prisoner-exchange.jsonl"), "--format", "json")
    data = json.loads(result.stdout)
    assert [item["article"]["id"] for item in data] == ["nw-2025-0611-ua", "nw-2025-0612-gz"]


def test_directory_of_examples(cli):
    result = cli("analyze", str(EXAMPLES), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    titles = [a.article.title for a in _analyses_from_jsonl(result.stdout)]
    assert len(titles) == 8  # 2 text + 1 HTML + 3 feed entries + 2 JSONL records
    assert "Syria's al-Sharaa says security talks with Israel are under way" in titles


def test_stdin_with_metadata_overrides(cli):
    result = cli(
        "analyze", "-", "--format", "json", "--published", "2025-03-04", "--outlet", "Alpine Wire",
        "--title", "Envoys meet", "--url", "https://alpine.example/1", input=SHORT.encode(),
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    article = json.loads(result.stdout)["article"]
    assert (article["published"], article["outlet"], article["title"], article["url"]) == (
        "2025-03-04", "Alpine Wire", "Envoys meet", "https://alpine.example/1",
    )  # fmt: skip
    assert article["dateline"]["place"] == "GENEVA" and article["text"] == SHORT


def test_forced_input_format_on_stdin(cli):
    page = "<p>GENEVA (Alpine Wire) — Envoys from both sides met on Tuesday, the UN said, and talks continue.</p>"
    as_text = json.loads(cli("analyze", "-", "--format", "json", "--input", "text", input=page).stdout)
    assert as_text["article"]["text"] == page
    as_html = json.loads(cli("analyze", "-", "--format", "json", input=page).stdout)
    assert as_html["article"]["text"].startswith("GENEVA (Alpine Wire)")


def test_title_for_a_directory_is_a_usage_error(cli):
    result = cli("analyze", str(EXAMPLES), "--title", "One title for many")
    assert result.exit_code == 2
    assert "--title and --url apply to a single article" in result.stderr


def test_bad_published_is_a_usage_error(cli):
    result = cli("analyze", str(EXAMPLES / "beirut-border-strikes.txt"), "--published", "someday")
    assert result.exit_code == 2 and "--published" in result.stderr


def test_single_bad_input_is_one_line_and_exit_2(cli, tmp_path):
    (tmp_path / "blank.txt").write_text("  \n")
    for target, expected in [("/no/such/file.txt", "does not exist"), (str(tmp_path / "blank.txt"), "is empty")]:
        result = cli("analyze", target)
        assert result.exit_code == 2
        assert result.stderr.count("\n") == 1 and expected in result.stderr
        assert result.stderr.startswith(f"newsift: error: {target}: ")


def test_batch_with_failures_exits_1_after_analysing_the_rest(cli, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(SHORT)
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "lines.jsonl").write_text('{"text": "Troops withdrew on Friday, the army said."}\n{oops\n')
    result = cli("analyze", str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 1
    assert len(_analyses_from_jsonl(result.stdout)) == 2
    assert "2 of 4 input(s) failed" in result.stderr
    assert "bin.txt: looks like a binary file" in result.stderr
    assert "lines.jsonl:2: is not valid JSON" in result.stderr


def test_real_process_exit_codes_and_no_traceback(tmp_path):
    missing = run_newsift("analyze", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2
    assert missing.stderr.decode().startswith("newsift: error: ") and b"Traceback" not in missing.stderr
    usage = run_newsift("analyze", "--format", "yaml", "x.txt")
    assert usage.returncode == 2 and b"Traceback" not in usage.stderr
    piped = run_newsift("analyze", "-", "--format", "jsonl", input=SHORT.encode())
    assert piped.returncode == 0
    assert json.loads(piped.stdout)["article"]["dateline"]["agency"] == "Alpine Wire"


def test_unreadable_file_is_reported_not_raised(cli, tmp_path):
    locked = Path(tmp_path / "locked.txt")
    locked.write_text(SHORT)
    locked.chmod(0)
    try:
        result = cli("analyze", str(locked))
        if result.exit_code == 0:  # running as root: permissions do not apply
            return
        assert result.exit_code == 2 and "could not be read" in result.stderr
    finally:
        locked.chmod(0o644)
