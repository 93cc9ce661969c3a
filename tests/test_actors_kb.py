"""Actor knowledge files: the schema, every bad-file case, layering, and the check command."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from newsift.actors.kb import assemble_knowledge_base, check_files
from newsift.actors.loader import load_actor_file
from newsift.actors.normalize import is_acronym, name_key
from newsift.actors.schema import LAYER_BUILTIN, LAYER_USER
from newsift.errors import KnowledgeError

MINI = Path(__file__).parent / "data" / "mini_kb.yaml"


def _file(tmp_path: Path, body: str, name: str = "kb.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body).lstrip(), "utf-8")
    return path


def _errors(path: Path) -> list[str]:
    return [str(error) for error in load_actor_file(path, LAYER_USER).errors]


# --- spelling-insensitive keys ---------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("Hay’at Tahrir al-Sham", "Hay'at Tahrir al-Sham"),
        ("Hay'at Tahrir al-Sham", "Hayat Tahrir al Sham"),
        ("HAY‘AT TAHRIR AL-SHAM", "hayat tahrir al sham"),
        ("Médecins Sans Frontières", "Medecins sans Frontieres"),
        ("Erdoğan", "Erdogan"),
        ("HTS’s", "HTS"),
        ("al‑Sharaa", "al Sharaa"),  # non-breaking hyphen
    ],
)
def test_spellings_share_a_key(a, b):
    assert name_key(a) == name_key(b)


def test_different_names_keep_different_keys():
    assert name_key("Golani") != name_key("Jolani")
    assert name_key("Hayat") != name_key("Hay at")


@pytest.mark.parametrize("name, exact", [("HTS", True), ("IS", True), ("U.S.", True), ("WHO", True), ("CARE", True), ("NATO", False), ("UNRWA", False), ("Hamas", False)])
def test_capitals_only_rule(name, exact):
    assert is_acronym(name) is exact


# --- bad files -------------------------------------------------------------------------


def test_malformed_yaml_names_the_line(tmp_path):
    path = _file(tmp_path, """
        actors:
          - id: x
            name: [unclosed
    """)
    (error,) = _errors(path)
    assert error.startswith(f"{path}:3: not valid YAML") or error.startswith(f"{path}:4: not valid YAML")


def test_unknown_field_missing_field_and_bad_values(tmp_path):
    path = _file(tmp_path, """
        actors:
          - id: good-one
            name: Good One
            type: ngo
          - id: typo
            name: Typo
            type: ngo
            alises: [T]
          - id: nameless
            type: ngo
          - id: wrong-type
            name: Wrong
            type: militia
          - id: bad-country
            name: Bad Country
            type: ngo
            country: XYZ
          - id: bad-qid
            name: Bad QID
            type: ngo
            wikidata: 12345
    """)
    errors = _errors(path)
    assert len(errors) == 5
    assert any(e.startswith(f"{path}:8:") and "'alises': unknown field" in e for e in errors)
    assert any(e.startswith(f"{path}:9:") and "'name': is required" in e for e in errors)
    assert any(e.startswith(f"{path}:13:") and "'militia' is not one of" in e for e in errors)
    assert any(e.startswith(f"{path}:17:") and "'XYZ' is not an ISO 3166-1 alpha-3 code" in e for e in errors)
    assert any(e.startswith(f"{path}:21:") and "not a Wikidata QID" in e for e in errors)
    # Entries that could be read are kept so that every problem can be listed at once.
    assert [actor.id for actor in load_actor_file(path, LAYER_USER).actors] == ["good-one", "typo"]


def test_role_ending_before_it_starts(tmp_path):
    path = _file(tmp_path, """
        actors:
          - id: someone
            name: Some One
            type: person
            roles:
              - {actor: SYRGOV, title: President, from: 2020-05-01}
              - {actor: SYRGOV, title: Prime Minister, from: 2019-03-01, to: 2018-01-01}
    """)
    (error,) = _errors(path)
    assert error.startswith(f"{path}:7:")
    assert "'roles[1].to': 2018-01-01 is before from 2019-03-01" in error


@pytest.mark.parametrize("value", ["2024-13-01", "last year", "2024-02-30"])
def test_impossible_dates(tmp_path, value):
    path = _file(tmp_path, f"""
        actors:
          - id: someone
            name: Some One
            type: person
            roles:
              - {{actor: SYRGOV, title: President, from: "{value}"}}
    """)
    (error,) = _errors(path)
    assert "roles[0].from" in error and "date" in error


def test_norway_is_not_false(tmp_path):
    path = _file(tmp_path, """
        actors:
          - {id: NOR-test, name: Norway Test, type: ngo, country: NOR, note: NO}
    """)
    assert _errors(path) == []


def test_duplicate_ids_name_both_places(tmp_path):
    first = _file(tmp_path, "actors:\n  - {id: dup, name: One, type: ngo}\n", "a.yaml")
    second = _file(tmp_path, "actors:\n\n  - {id: dup, name: Two, type: ngo}\n", "b.yaml")
    with pytest.raises(KnowledgeError) as raised:
        assemble_knowledge_base([(LAYER_USER, first), (LAYER_USER, second)])
    assert str(raised.value).startswith(f"{second}:3: duplicate id 'dup' (also at {first}:2)")


def test_alias_claimed_by_two_actors_without_dates(tmp_path):
    path = _file(tmp_path, """
        actors:
          - {id: rapid-support, name: Rapid Support Forces, type: armed_group, aliases: [RSF]}
          - {id: reporters, name: Reporters Without Borders, type: ngo, aliases: [RSF]}
    """)
    with pytest.raises(KnowledgeError) as raised:
        assemble_knowledge_base([(LAYER_USER, path)])
    message = str(raised.value)
    assert message.startswith(f"{path}:3: name 'RSF' of 'reporters' is also claimed by 'rapid-support' at {path}:2")
    assert "from/to dates" in message


def test_alias_shared_in_turn_is_allowed(tmp_path):
    path = _file(tmp_path, """
        actors:
          - id: old-office
            name: Old Office
            type: other
            aliases: [{name: The Office, to: 2020-01-01}]
          - id: new-office
            name: New Office
            type: other
            aliases: [{name: The Office, from: 2020-01-01}]
    """)
    kb = assemble_knowledge_base([(LAYER_USER, path)])
    from newsift.actors.match import choose_entry

    entries = kb.lookup("The Office")
    assert choose_entry(entries, dt.date(2019, 6, 1)).actor == "old-office"
    assert choose_entry(entries, dt.date(2021, 6, 1)).actor == "new-office"


def test_unknown_role_actor_is_reported(tmp_path):
    path = _file(tmp_path, """
        actors:
          - id: someone
            name: Some One
            type: person
            roles: [{actor: NOWHEREGOV, title: President, from: 2020}]
    """)
    with pytest.raises(KnowledgeError, match="role in unknown actor 'NOWHEREGOV'"):
        assemble_knowledge_base([(LAYER_USER, path)])


# --- layering ----------------------------------------------------------------------------


def test_user_layer_overrides_ids_and_takes_over_names(tmp_path):
    user = _file(tmp_path, """
        actors:
          - id: hts
            name: Hay'at Tahrir al-Sham (HTS)
            type: armed_group
            aliases: [HTS]
          - id: sdn-doctors
            name: Sudan Doctors Network
            type: ngo
            aliases: [Jolani]
    """)
    kb = assemble_knowledge_base([(LAYER_BUILTIN, MINI), (LAYER_USER, user)])
    assert kb.get("hts").name == "Hay'at Tahrir al-Sham (HTS)"
    assert kb.get("hts").former_names == []  # replaced whole, not merged
    assert {entry.actor for entry in kb.lookup("Jolani")} == {"sdn-doctors"}
    assert {entry.actor for entry in kb.lookup("Abu Mohammad al-Jolani")} == {"ahmed-al-sharaa"}


def test_derived_institutions_and_overrides():
    kb = assemble_knowledge_base([(LAYER_BUILTIN, MINI)])
    assert kb.get("SYRMIL").name == "Syrian Arab Army"
    assert kb.get("SYRCOP").name == "Police of Syria"
    assert kb.get("SYRGOV").parent == "SYR"
    assert {entry.actor for entry in kb.lookup("SAA")} == {"SYRMIL"}
    assert {entry.kind for entry in kb.lookup("Assad regime")} == {"label"}
    assert kb.institution("SYR", "REB").name == "Rebels in Syria"


def test_roles_by_date():
    kb = assemble_knowledge_base([(LAYER_BUILTIN, MINI)])
    sharaa = kb.get("ahmed-al-sharaa")
    assert kb.affiliation(sharaa, dt.date(2022, 6, 14)).actor == "hts"
    assert kb.affiliation(sharaa, dt.date(2025, 9, 14)).actor == "SYRGOV"
    assert kb.affiliation(sharaa, None).title == "President"
    assert sharaa.name_on(dt.date(2022, 6, 14)) == "Abu Mohammad al-Jolani"
    assert kb.holders("ISRGOV", "Prime Minister", dt.date(2022, 1, 5)) == ["naftali-bennett"]
    assert kb.holders("ISRGOV", "Defence Minister", dt.date(2023, 5, 1)) == ["yoav-gallant"]
    assert kb.holders("ISRGOV", "Defence Minister", dt.date(2025, 5, 1)) == ["israel-katz"]


# --- the check command and the built-in KB ---------------------------------------------------


def test_check_command_lists_problems_and_exits_1(cli, tmp_path):
    path = _file(tmp_path, """
        actors:
          - {id: a, name: A, type: nonsense}
          - id: b
            name: B
            type: person
            roles: [{actor: SYRGOV, title: President, from: 2021, to: 2020}]
    """)
    result = cli("actors", "check", str(path))
    assert result.exit_code == 1
    assert f"{path}:2:" in result.stdout and "'nonsense' is not one of" in result.stdout
    assert f"{path}:6:" in result.stdout and "before from" in result.stdout
    assert "2 problem(s) found" in result.stdout


def test_check_command_accepts_a_good_file(cli, tmp_path):
    path = _file(tmp_path, "actors:\n  - {id: sdn-doctors, name: Sudan Doctors Network, type: ngo, country: SDN}\n")
    result = cli("actors", "check", str(path))
    assert result.exit_code == 0, result.stdout
    assert result.stdout.startswith("ok:")


def test_builtin_kb_is_valid_and_broad(kb):
    assert check_files([]) == []
    types = {}
    for actor in kb.actors.values():
        types[actor.type] = types.get(actor.type, 0) + 1
    assert types["state"] >= 203
    assert sum(1 for a in kb.actors.values() if a.type in ("igo", "ngo") and a.origin.layer == LAYER_BUILTIN) >= 150
    assert sum(1 for a in kb.actors.values() if a.type == "armed_group" and a.origin.layer == LAYER_BUILTIN) >= 150
    assert sum(1 for a in kb.actors.values() if a.type == "person" and a.origin.layer == LAYER_BUILTIN) >= 600
    assert sum(1 for a in kb.actors.values() if a.type == "media" and a.origin.layer == LAYER_BUILTIN) >= 100
    for code in ("ISR", "SYR", "SYRGOV", "ISRMIL", "IGOUNOUNDOF", "IGOUNOUNIFIL", "IGOEUREU", "IGOWSTNAT", "IGOAFRAU", "IGOMEAARL", "IGOMEAGCC", "NGOHLHIRC", "NGOHLHMSF", "IGOUNOIAEA", "IGOINTICC"):
        assert kb.get(code) is not None, code


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from newsift.actors.normalize import words_of  # noqa: E402


@given(st.text(alphabet=st.sampled_from("aAbé’'s- .ŁıHTS\n"), max_size=40))
def test_name_key_and_words_agree(text):
    # name_key is the fast path used to index names; words_of is used on articles.
    assert name_key(text) == " ".join(word.folded for word in words_of(text))
    for word in words_of(text):
        assert text[word.start : word.end].strip() == text[word.start : word.end]


def test_short_forms_file_errors_name_file_and_line():
    from newsift.actors.lexicons import parse_short_forms

    forms = parse_short_forms("- {words: North, actor: PRK, when: [PRK, KOR]}\n", "short_forms.yaml")
    assert [(form.words, form.actor, sorted(form.when)) for form in forms] == [("North", "PRK", ["KOR", "PRK"])]
    with pytest.raises(KnowledgeError) as raised:
        parse_short_forms("- {words: North, actor: PRK, when: [PRK]}\n- {words: South, actor: KOR}\n", "short_forms.yaml")
    assert str(raised.value) == "short_forms.yaml:2: 'when' must be a non-empty list of actor ids"
    with pytest.raises(KnowledgeError, match=r"^short_forms.yaml:1: each entry needs 'words' and 'actor'"):
        parse_short_forms("- {words: North}\n", "short_forms.yaml")
