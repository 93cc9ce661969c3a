"""tools/convert_phoenix.py on small hand-written TABARI snippets (no /work/shared files needed).

Expected values are worked out by hand from the TABARI format, not copied from program output.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from conftest import load_tool

cp = load_tool("convert_phoenix")

COUNTRIES = frozenset({"AFG", "KOR", "RUS", "SYR", "USA", "VNM", "ESP"})

COUNTRIES_SNIPPET = """\
# TABARI-formatted .actor file
AFGHANISTAN_  [AFG]
+AFGHAN_
+KABUL_
+HELMAND # Other provinces, since they're reported often

# National Institutions
AFGHAN_NATIONAL_SECURITY_FORCES
+ANSF
\t[AFGMIL]

HAMID_KARZAI_  # CountryInfo.txt
+KARZAI_
+PRESIDENT_KARZAI_
+PRESIDENT_HAMID_KARZAI
\t[AFGELI 750101-000101]
\t[AFGGOV >011222]
FOREIGN_MINISTER_ABDULLAH_  # CountryInfo.txt
\t[AFGGOV 030101-060531]
LEONID_BREZHNEV_  # CountryInfo.txt
LEONID_ILYICH_BREZHNEV
SECRETARY_BREZHNEV
\t[RUSELI 19240101-641014]
\t[RUSGOV 641014-821110]
KINAKUTA_  [KNT]
KYBE_TAMOSA_
\t[KNTGOV 850702-851025]
RUSSIAN_SFSR
+SOVIET_RUSSIA
\t[SUNRUS 19171109-19911225]
\t[RUS 19911226-19931212]
BASHAR_AL_ASSAD_  # CountryInfo.txt
\t[SYRGOV >000717]
BASHAR_AL-ASSAD
+ASSAD_GOVERNMENT_
+AL_ASSAD
+BASHAR_ASSAD
\t[SYRGOV]
BAN_KI_MOON_
\t[KORGOVBUS 041001-061130]
SYRIA_  [SYR]
+DAMASCUS_
SOUTH_KOREA_  [KOR]
GREECE_  [GRC]
KHALED_ABBOUD_
\t[SYRGOV 030101-040101]
"""

INTERNATIONAL_SNIPPET = """\
THE_UNITED_NATIONS_ [IGOUNO]
UN_ENVOY_\t[IGOUNO] #MleH 06 Aug 2009# NGO_Actors
SECRETARY-GENERAL_BAN_KI-MOON
+UN_SECRETARY-GENERAL_BAN_KI-MOON
+UNITED_NATIONS_SECRETARY_GENERAL_BAN_KI-MOON
\t[IGOUNO >20070101]
\t[KORGOVBUS 2004017-20061201]
JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# IGOrulers.txt
IAEA_\t[IGOUNOIAE]# Intl Atomic Energy Agency# NGO_Actors
INTERNATIONAL_ATOMIC_ENERGY_AGENCY_\t[IGOUNOIAE]# NGO_Actors
HUMAN_RIGHTS_WATCH_\t[NGOHRI]# NGO_Actors
"""

MILNONSTATE_SNIPPET = """\
ANIMAL_LIBERATION_FRONT_(ALF)_ [INTREB] #  kkl 21 Mar 13
DIRECT_ACTION_(GREECE)_ [GRCREB] #  kkl 21 Mar 13
HAMAS_  #  kkl 21 Mar 13
+ISLAMIC_RESISTANCE_MOVEMENT
+KHALED_MESHAAL
\t[PSEREBHMS]
HAMBALI__ [IMGSEAMUSJMA] #  leader jma
MAY_15_ [MEAREB] #  kkl 21 Mar 13
"""

AGENTS_SNIPPET = """\
# CAMEO agents file
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES

CATTLE!PERSON! [~AGR]
FARMER [~AGR]
THIEF {THIEVES} [~CRM]
POLICE {} [~COP]
DEPARMENT_OF_ENVIRONMENT [~ENV}
ISLAMIC_EXTREMIST
!MINIST! FOR_ YOUTH_AND_SPORTS [~GOV]
DEFENSE_MINIST [~GOVMIL]
TRUCE_MONITOR [IGO~]
FARMER [~BUS]
"""


def entries(text: str, filename: str = cp.COUNTRIES_FILE) -> list:
    return cp.parse_actor_lines(text.splitlines(keepends=True), filename)


def by_name(items: list) -> dict:
    return {item.name: item for item in items}


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("050101", "2005-01-01"),
        ("000101", "2000-01-01"),  # 00 is 2000, not 1900
        ("300630", "2030-06-30"),  # 30 is the last 20YY year
        ("310101", "1931-01-01"),  # 31 is the first 19YY year
        ("991231", "1999-12-31"),
        ("19270101", "1927-01-01"),  # the few 8-digit dates are YYYYMMDD
        ("20041207", "2004-12-07"),
    ],
)
def test_convert_date(raw: str, expected: str) -> None:
    assert cp.convert_date(raw) == expected


@pytest.mark.parametrize("raw", ["2004017", "1920030320", "991332", "0502x1", ""])
def test_convert_date_rejects_malformed(raw: str) -> None:
    with pytest.raises(ValueError):
        cp.convert_date(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (">011222", ("2001-12-22", None)),
        ("<061231", (None, "2006-12-31")),
        ("> 100201", ("2010-02-01", None)),  # a stray blank after '>'
        ("920416-920428", ("1992-04-16", "1992-04-28")),
        ("19240101-641014", ("1924-01-01", "1964-10-14")),
        ("19820101", ("1982-01-01", None)),  # a bare date starts the role
        ("", (None, None)),
    ],
)
def test_parse_date_range(raw: str, expected: tuple) -> None:
    assert cp.parse_date_range(raw) == expected


def test_parse_role() -> None:
    assert cp.parse_role("SYRGOV 050101-110630") == cp.Role("SYRGOV", "2005-01-01", "2011-06-30")
    assert cp.parse_role("IGOUNO  >070201") == cp.Role("IGOUNO", "2007-02-01", None)
    assert cp.parse_role("ELI") == cp.Role("ELI", None, None)
    assert cp.parse_role("---") is None
    assert cp.parse_role("") is None
    assert cp.parse_role("EGYGOV 121207-120802") is None  # ends before it starts
    stats: Counter = Counter()
    assert cp.parse_role("KORGOVBUS 2004017-20061201", stats) == cp.Role("KORGOVBUS", None, None)
    assert sum(stats.values()) == 1


# --- reading actor files ----------------------------------------------------------------------


def test_parse_actor_lines_groups_names_aliases_and_roles() -> None:
    parsed = by_name(entries(COUNTRIES_SNIPPET))
    afg = parsed["AFGHANISTAN_"]
    assert afg.aliases == ["AFGHAN_", "KABUL_", "HELMAND"]  # the comment is not part of the alias
    assert afg.roles == [cp.Role("AFG")]
    karzai = parsed["HAMID_KARZAI_"]
    assert karzai.line == 12
    assert karzai.source == "Phoenix.Countries.actors.txt:12"
    assert karzai.aliases == ["KARZAI_", "PRESIDENT_KARZAI_", "PRESIDENT_HAMID_KARZAI"]
    assert karzai.roles == [cp.Role("AFGELI", "1975-01-01", "2000-01-01"), cp.Role("AFGGOV", "2001-12-22", None)]
    # name lines stacked on a name without a code share the codes below them (PETRARCH)
    brezhnev = parsed["LEONID_BREZHNEV_"]
    assert brezhnev.aliases == ["LEONID_ILYICH_BREZHNEV", "SECRETARY_BREZHNEV"]
    assert [r.cameo for r in brezhnev.roles] == ["RUSELI", "RUSGOV"]
    assert "LEONID_ILYICH_BREZHNEV" not in parsed


def test_parse_actor_lines_inline_roles_and_tab_separated_notes() -> None:
    parsed = by_name(entries(INTERNATIONAL_SNIPPET, cp.INTERNATIONAL_FILE))
    assert parsed["JAVIER_DE_CUELLAR_"].roles == [cp.Role("IGOUNO", "1982-01-01", "1991-12-31"), cp.Role("ELI")]
    assert parsed["THE_UNITED_NATIONS_"].roles == [cp.Role("IGOUNO")]
    two = entries("OSMAN_OLCAY\t_TURKEY_\t[IGOWSTNAT 690101-711231]\n", cp.INTERNATIONAL_FILE)
    assert two[0].name == "OSMAN_OLCAY"
    glued = entries("ADEN_ARMY_ [YEMREB]\n+ARMY_OF_ADEN+_ISLAMIC_ADEN_ARMY_\n", cp.MILNONSTATE_FILE)
    assert glued[0].aliases == ["ARMY_OF_ADEN", "_ISLAMIC_ADEN_ARMY_"]


def test_country_codes_come_from_bare_place_codes_without_fiction() -> None:
    # not KNT (Kinakuta); RUS from '[RUS 19911226-19931212]'
    assert cp.derive_country_codes(entries(COUNTRIES_SNIPPET)) == {"AFG", "RUS", "SYR", "KOR", "GRC"}
    assert cp.is_place_code("SUNRUS") and cp.is_place_code("IRQOCC") and cp.is_place_code("MUS")
    assert not cp.is_place_code("AFGGOV") and not cp.is_place_code("IGOUNO") and not cp.is_place_code("GBRVGBGOV")


# --- names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "options", "expected"),
    [
        ("BASHAR_AL-ASSAD_", {}, "Bashar al-Assad"),
        ("BASHAR_AL_ASSAD_", {}, "Bashar al-Assad"),
        ("OSAMA_BIN_LADEN", {}, "Osama bin Laden"),
        ("ABU_MOHAMMAD_AL-JAWLANI", {}, "Abu Mohammad al-Jawlani"),
        ("ABD_AL_AZIZ_IBN_SAUD", {}, "Abd al-Aziz ibn Saud"),
        ("CHARLES_DE_GAULLE", {}, "Charles de Gaulle"),
        ("HANS_VAN_DEN_BROEK_", {}, "Hans van den Broek"),
        ("ANWAR_UL_HAQ_AHADY_", {}, "Anwar ul Haq Ahady"),
        ("MICHAEL_O'KENNEDY_", {}, "Michael O'Kennedy"),
        ("MIGUEL_D'ESCOTO_BROCKMANN_", {}, "Miguel d'Escoto Brockmann"),
        ("ROBERT_MCNAMARA_", {}, "Robert McNamara"),
        ("B._LYNN_PASCOE_", {}, "B. Lynn Pascoe"),
        ("R.K._PACHAURI_", {}, "R.K. Pachauri"),
        ("JOHN_PAUL_II", {}, "John Paul II"),
        ("AL_GORE", {}, "Al Gore"),  # a first word is never a particle
        ("BAN_KI-MOON", {"lower_after_hyphen": True}, "Ban Ki-moon"),
        ("NGUYEN_VAN_THIEU", {"particles": frozenset()}, "Nguyen Van Thieu"),
    ],
)
def test_display_case(raw: str, options: dict, expected: str) -> None:
    assert cp.display_case(raw, **options) == expected


@pytest.mark.parametrize(
    ("raw", "acronyms", "expected"),
    [
        ("COUNCIL_OF_EUROPE_", frozenset(), "Council of Europe"),
        ("THE_EUROPEAN_UNION_", frozenset(), "European Union"),
        ("ORDER,_THE", frozenset(), "The Order"),  # 'Order' alone would be an everyday word
        ("HAMAS_", frozenset(), "Hamas"),  # not known as an acronym: stays matchable as 'Hamas'
        ("IAEA_", frozenset({"IAEA"}), "IAEA"),
        ("PKK", frozenset(), "PKK"),  # no vowel
        ("UN_SECURITY_COUNCIL", frozenset({"UN"}), "UN Security Council"),
        ("VOLTAIRE_LTD_", frozenset(), "Voltaire Ltd"),
    ],
)
def test_org_display_name(raw: str, acronyms: frozenset, expected: str) -> None:
    assert cp.org_display_name(raw, acronyms) == expected


def test_acronym_tokens() -> None:
    assert cp.is_acronym_token("PKK") and cp.is_acronym_token("U.N.") and cp.is_acronym_token("ETA")
    assert cp.is_acronym_token("UNHCR")  # UN + consonant
    assert cp.is_acronym_token("NATO", frozenset({"NATO"})) and not cp.is_acronym_token("NATO")
    assert not cp.is_acronym_token("HAMAS") and not cp.is_acronym_token("AL") and not cp.is_acronym_token("THE")
    assert not cp.is_acronym_token("ETA", single=False)  # inside a longer name only known ones count
    assert cp.initialisms("ORGANIZATION_OF_PETROLEUM_EXPORTING_COUNTRIES") == {"OPEC", "OOPEC"}


def test_bracketed_acronym_becomes_alias() -> None:
    assert cp.split_parenthesised("ANIMAL_LIBERATION_FRONT_(ALF)_") == ("ANIMAL LIBERATION FRONT", ["ALF"])
    assert cp.split_parenthesised("DIRECT_ACTION_(GREECE)_", frozenset({"GREECE"})) == ("DIRECT ACTION", [])
    assert cp.split_parenthesised("DEV_SOL_(KARATAS_FACTION)_") == ("DEV SOL", [])
    entry = entries("ANIMAL_LIBERATION_FRONT_(ALF)_ [INTREB]\n", cp.MILNONSTATE_FILE)[0]
    record = cp.convert_org(entry, COUNTRIES, frozenset(), frozenset(), frozenset(), Counter())
    assert (record.name, record.aliases, record.type, record.country) == (
        "Animal Liberation Front",
        ["ALF"],
        "armed_group",
        None,
    )


# --- classification ---------------------------------------------------------------------------


def test_person_organisation_and_country_block() -> None:
    parsed = by_name(entries(COUNTRIES_SNIPPET) + entries(INTERNATIONAL_SNIPPET, cp.INTERNATIONAL_FILE))
    countries = frozenset({"AFG", "RUS", "SYR", "KOR"})
    reason = {name: cp.person_rejection(entry, countries) for name, entry in parsed.items()}
    assert reason["HAMID_KARZAI_"] is None
    assert reason["BASHAR_AL-ASSAD"] is None
    assert reason["JAVIER_DE_CUELLAR_"] is None  # IGO code
    assert reason["SECRETARY-GENERAL_BAN_KI-MOON"] is None  # title stripped, 3 words left
    assert reason["AFGHANISTAN_"] == "country or territory block"
    assert reason["RUSSIAN_SFSR"] == "country or territory block"
    assert reason["AFGHAN_NATIONAL_SECURITY_FORCES"] == "organisation, place or post word"
    assert reason["UN_ENVOY_"] == "not a name (digits, punctuation, titles only)"  # UN and ENVOY are titles
    assert reason["FOREIGN_MINISTER_ABDULLAH_"].startswith("not 2-5 words")
    assert reason["KYBE_TAMOSA_"] == "no country or IGO code"  # fictional Kinakuta
    assert reason["IAEA_"].startswith("not 2-5 words")
    greenwald = entries("GLENN_GREENWALD\n\t[MED]\n", cp.INTERNATIONAL_FILE)[0]
    assert cp.person_rejection(greenwald, countries) == "no country or IGO code"  # an outlet code


def test_role_phrases_and_org_types() -> None:
    assert cp.is_role_phrase("UN SPECIAL ENVOY FOR BURMA".split())
    assert cp.is_role_phrase("ASEAN DEFENSE MINISTERS".split())
    assert not cp.is_role_phrase("MAYORS FOR PEACE".split())  # plural head + preposition: a body
    assert not cp.is_role_phrase("HUMAN RIGHTS WATCH".split())
    assert cp.org_type("IGOUNO", cp.INTERNATIONAL_FILE) == "igo"
    assert cp.org_type("NGOHRI", cp.INTERNATIONAL_FILE) == "ngo"
    assert cp.org_type("PSEREBHMS", cp.INTERNATIONAL_FILE) == "armed_group"
    assert cp.org_type("AFGINS", cp.INTERNATIONAL_FILE) == "armed_group"
    assert cp.org_type("WEU", cp.MILNONSTATE_FILE) == "armed_group"
    assert cp.org_type("MNCUSA", cp.INTERNATIONAL_FILE) == "other"


def test_looks_like_person_keeps_people_out_of_organisations() -> None:
    given = frozenset({"KHALED", "GLENN"})
    assert cp.looks_like_person("GLENN_GREENWALD", given, [cp.Role("MED")])
    assert cp.looks_like_person("HAMBALI__", given, [cp.Role("IMGSEAMUSJMA")], note="leader jma")
    assert cp.looks_like_person("KHALED_MESHAAL", given)
    assert not cp.looks_like_person("HUMAN_RIGHTS_WATCH_", given, [cp.Role("NGOHRI")])
    assert not cp.looks_like_person("GLENN_GREENWALD", frozenset(), [cp.Role("MNCUSA")])  # companies: no hint


def test_person_aliases() -> None:
    stats: Counter = Counter()
    style = cp.name_style({"AFG"})
    assert cp.person_alias("FOREIGN_MINISTER_ASHRAF_GHANI_", style, stats) == "Ashraf Ghani"
    assert cp.person_alias("PRESIDENT_KARZAI_", style, stats) is None
    assert cp.person_alias("KARZAI_", style, stats) is None
    assert cp.person_alias("AL_ASSAD", style, stats) is None  # particle + surname is one word
    assert cp.person_alias("ASSAD_GOVERNMENT_", style, stats) is None
    assert stats["person aliases dropped: title + surname"] == 1
    assert stats["person aliases dropped: one word"] == 2
    assert stats["person aliases dropped: names an organisation or place"] == 1


# --- merging, ambiguity, ids --------------------------------------------------------------------


def test_merge_persons_and_ambiguity() -> None:
    stats: Counter = Counter()
    first = cp.Record("Bashar al Assad", "person", "a:1", "SYR", prefixes={"SYR"})
    first.roles = [cp.Role("SYRGOV", "2000-07-17")]
    second = cp.Record("Bashar al-Assad", "person", "a:9", "SYR", prefixes={"SYR"}, roles=[cp.Role("SYRGOV")])
    second.aliases = ["Bashar Assad"]
    other = cp.Record("Ahmed Ali", "person", "a:20", "EGY", prefixes={"EGY"})
    namesake = cp.Record("Ahmed Ali", "person", "a:30", "PAK", prefixes={"PAK"})
    merged = cp.merge_persons([first, second, other, namesake], stats)
    assert len(merged) == 3  # the two Ahmed Alis of different countries stay apart
    assad = merged[0]
    assert assad.name == "Bashar al-Assad" and assad.source == "a:1"
    assert assad.aliases == ["Bashar Assad"]
    assert assad.roles == [cp.Role("SYRGOV", "2000-07-17"), cp.Role("SYRGOV")]

    x = cp.Record("Mohammed Omar", "person", "b:1", aliases=["Mullah Omar", "Mohammad Omar"])
    y = cp.Record("Omar Mohammed", "person", "b:2", aliases=["Mullah Omar"])
    z = cp.Record("Islamic Front", "armed_group", "b:3", aliases=["Omar Mohammed"])
    kept = cp.resolve_ambiguity([x, y, z] + [r for r in merged if r.name == "Ahmed Ali"], stats)
    assert [r.name for r in kept] == ["Mohammed Omar", "Omar Mohammed", "Islamic Front"]
    assert x.aliases == ["Mohammad Omar"] and y.aliases == [] and z.aliases == []
    assert stats["aliases dropped: claimed by two entries"] == 2
    assert stats["aliases dropped: another entry's name"] == 1
    assert stats["entries dropped: name shared with a different entry"] == 2


def test_assign_ids_are_slugs_made_unique_in_source_order() -> None:
    records = [
        cp.Record("Ali Khan", "person", "f:20"),
        cp.Record("Ali Khan", "person", "f:3"),  # line 3 comes before line 20
        cp.Record("Jürgen Möllemann", "person", "f:1"),
    ]
    ids = {actor_id: r.source for actor_id, r in cp.assign_ids(records)}
    assert ids == {"phx-ali-khan": "f:3", "phx-ali-khan-2": "f:20", "phx-jurgen-mollemann": "f:1"}


# --- agents -----------------------------------------------------------------------------------


MACROS = {
    "PERSON": ["MAN", "MEN", "WOMAN", "WOMEN", "PERSON"],
    "MINIST": ["MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES"],
}


def test_parse_macro() -> None:
    assert cp.parse_macro("!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON") == ("PERSON", MACROS["PERSON"])
    assert cp.parse_macro("FARMER [~AGR]") is None


def test_macro_expansion() -> None:
    phrases = dict(cp.parse_agent_line("CATTLE!PERSON! [~AGR]", MACROS))
    for spaced in ("cattle man", "cattle men", "cattle woman", "cattle women", "cattle person"):
        assert phrases[spaced] == "AGR"
    assert phrases["cattleman"] == phrases["cattlemen"] == "AGR"  # PETRARCH's glued form
    youth = cp.parse_agent_line("!MINIST! FOR_ YOUTH_AND_SPORTS [~GOV]", MACROS)
    assert youth == [
        ("minister for youth and sports", "GOV"),
        ("ministers for youth and sports", "GOV"),
        ("ministry for youth and sports", "GOV"),
        ("ministries for youth and sports", "GOV"),
    ]
    assert cp.parse_agent_line("!MINIST! OF_TERRITORIAL_AD!MINIST!RATION [~GOV]", MACROS)[0] == (
        "minister of territorial administration",
        "GOV",
    )


def test_agent_lines_plurals_stems_and_malformed() -> None:
    assert cp.parse_agent_line("THIEF {THIEVES} [~CRM]", MACROS) == [("thief", "CRM"), ("thieves", "CRM")]
    assert cp.parse_agent_line("POLICE {} [~COP]", MACROS) == [("police", "COP")]
    assert cp.parse_agent_line("TRUCE_MONITOR [IGO~]", MACROS) == [("truce monitor", "IGO")]
    assert [p for p, _ in cp.parse_agent_line("DEFENSE_MINIST [~GOVMIL]", MACROS)] == [
        "defense minister",
        "defense ministers",
        "defense ministry",
        "defense ministries",
    ]
    assert cp.parse_agent_line("DEPARMENT_OF_ENVIRONMENT [~ENV}", MACROS) is None
    assert cp.parse_agent_line("ISLAMIC_EXTREMIST", MACROS) is None
    assert cp.parse_agent_line("CATTLE!PEOPLE! [~AGR]", MACROS) is None  # undefined marker


def test_convert_agents_file(tmp_path: Path) -> None:
    path = tmp_path / cp.AGENTS_FILE
    path.write_text(AGENTS_SNIPPET, encoding="utf-8")
    stats: Counter = Counter()
    rows = cp.convert_agents(path, stats)
    assert rows == sorted(rows)
    as_dict = {phrase: (code, source) for phrase, code, source in rows}
    assert as_dict["cattle women"] == ("AGR", "Phoenix.agents.txt:5")
    assert as_dict["farmer"] == ("AGR", "Phoenix.agents.txt:6")  # the later BUS line does not win
    assert as_dict["thieves"] == ("CRM", "Phoenix.agents.txt:7")
    assert stats["agent lines skipped: malformed"] == 2
    assert stats["agent phrases dropped: repeated with another code (first kept)"] == 1


# --- the whole run ------------------------------------------------------------------------------


def test_main_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "dicts"
    source.mkdir()
    (source / cp.COUNTRIES_FILE).write_text(COUNTRIES_SNIPPET, encoding="utf-8")
    (source / cp.INTERNATIONAL_FILE).write_text(INTERNATIONAL_SNIPPET, encoding="utf-8")
    (source / cp.MILNONSTATE_FILE).write_text(MILNONSTATE_SNIPPET, encoding="utf-8")
    (source / cp.AGENTS_FILE).write_text(AGENTS_SNIPPET, encoding="utf-8")
    out = tmp_path / "data"
    out.mkdir()

    assert cp.main([str(source), str(out)]) == 0
    summary = capsys.readouterr().out
    assert "Persons written: 6" in summary and "Aliases dropped, by reason:" in summary

    phoenix = out / "actors" / "phoenix"
    persons = {p["id"]: p for p in map(json.loads, (phoenix / "persons.jsonl").read_text().splitlines())}
    assert sorted(persons) == [
        "phx-ban-ki-moon",
        "phx-bashar-al-assad",
        "phx-hamid-karzai",
        "phx-javier-de-cuellar",
        "phx-khaled-abboud",
        "phx-leonid-brezhnev",
    ]
    karzai = persons["phx-hamid-karzai"]
    assert karzai == {
        "id": "phx-hamid-karzai",
        "name": "Hamid Karzai",
        "type": "person",
        "country": "AFG",
        "aliases": [],  # 'Karzai' and 'President Karzai' are too ambiguous; the third repeats the name
        "roles": [
            {"cameo": "AFGELI", "from": "1975-01-01", "to": "2000-01-01"},
            {"cameo": "AFGGOV", "from": "2001-12-22", "to": None},
        ],
        "source": "Phoenix.Countries.actors.txt:12",
    }
    # The Countries and International entries of Ban Ki-moon are one person.
    ban = persons["phx-ban-ki-moon"]
    assert ban["name"] == "Ban Ki-moon" and ban["country"] == "KOR"
    assert {"cameo": "IGOUNO", "from": "2007-01-01", "to": None} in ban["roles"]
    assert persons["phx-bashar-al-assad"]["aliases"] == ["Bashar Assad"]
    assert persons["phx-javier-de-cuellar"]["country"] is None
    brezhnev = persons["phx-leonid-brezhnev"]
    assert brezhnev["aliases"] == ["Leonid Ilyich Brezhnev"] and brezhnev["country"] == "RUS"

    orgs = {o["name"]: o for o in map(json.loads, (phoenix / "organizations.jsonl").read_text().splitlines())}
    assert set(orgs) == {
        "United Nations",
        "International Atomic Energy Agency",
        "Human Rights Watch",
        "Animal Liberation Front",
        "Direct Action",
        "Hamas",
    }
    assert orgs["International Atomic Energy Agency"]["aliases"] == ["IAEA"]
    # not its leader: KHALED is a given name of the Countries file
    assert orgs["Hamas"]["aliases"] == ["Islamic Resistance Movement"]
    assert orgs["Hamas"]["country"] is None  # PSE has no country block in this snippet
    assert orgs["Animal Liberation Front"]["aliases"] == ["ALF"]
    assert (orgs["Direct Action"]["type"], orgs["Direct Action"]["country"]) == ("armed_group", "GRC")
    assert orgs["Direct Action"]["aliases"] == []  # '(GREECE)' is a qualifier, not an acronym

    tsv = (out / "agents_phoenix.tsv").read_text(encoding="utf-8").splitlines()
    assert "cattle man\tAGR\tPhoenix.agents.txt:5" in tsv
    for notice_path in (phoenix / "NOTICE", out / "agents_phoenix.NOTICE"):
        notice = notice_path.read_text(encoding="utf-8")
        assert "Copyright (c) 2014 Open Event Data Alliance" in notice and "676801cd" in notice
        assert "Permission is hereby granted, free of charge" in notice and "tools/convert_phoenix.py" in notice
    assert "agents_phoenix.tsv" in (out / "agents_phoenix.NOTICE").read_text(encoding="utf-8")

    before = {p.name: p.read_bytes() for p in phoenix.iterdir()}
    assert cp.main([str(source), str(out)]) == 0
    assert {p.name: p.read_bytes() for p in phoenix.iterdir()} == before
