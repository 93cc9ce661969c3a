#!/usr/bin/env python3
"""Convert the Phoenix / PETRARCH-2 dictionaries into newsift data files.

    python tools/convert_phoenix.py ../shared/reference/phoenix_dictionaries src/newsift/data

Reads the TABARI-style text dictionaries (MIT, "Copyright (c) 2014 Open Event Data Alliance")
and writes:

    actors/phoenix/persons.jsonl        people from the Countries and International actor files
    actors/phoenix/organizations.jsonl  organisations from the International and MilNonState files
    actors/phoenix/NOTICE               provenance and licence
    agents_phoenix.tsv                  agent noun phrases ("police" -> COP) from Phoenix.agents.txt
    agents_phoenix.NOTICE               provenance and licence

Standard library only, so it runs without the project installed. Output is sorted, so a re-run
on the same input gives byte-identical files.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable

COUNTRIES_FILE = "Phoenix.Countries.actors.txt"
INTERNATIONAL_FILE = "Phoenix.International.actors.txt"
MILNONSTATE_FILE = "Phoenix.MilNonState.actors.txt"
AGENTS_FILE = "Phoenix.agents.txt"

# ---------------------------------------------------------------------------------------------
# Vocabulary. All words are compared upper-case, as the dictionaries are written.
# ---------------------------------------------------------------------------------------------

# CAMEO sector/type codes. A role code made only of 3-letter chunks that are NOT in this set
# ("ARM", "SUNRUS", "IRQOCC", "GBRVGB") names a state or territory, never a person.
AGENT_CODES = frozenset(
    "GOV MIL REB OPP PTY COP JUD SPY LEG MED EDU BUS CRM CVL ELI HLH HRI LAB REF AGR ENV DEV "
    "UAF INS SEP MOD RAD REL IGO NGO MNC IMG CHR MUS JEW BUD HIN CTH ORT PRO SHI SUN SFI "
    "ATH JAN SIK TAO ZRO CON DHR BAH".split()
)
COUNTRY_LIKE_AGENT_CODES = frozenset({"MUS", "SUN"})
# Kinakuta is the fictional test country of the TABARI distribution: its "leaders" are invented.
FICTIONAL_COUNTRIES = frozenset({"KNT"})
# CAMEO country codes that differ from ISO 3166-1 alpha-3 (newsift uses XKX for Kosovo). States
# that no longer exist have no ISO 3166-1 code: their people get no `country` (the role codes
# still say East Germany or the USSR).
CAMEO_TO_ISO3: dict[str, str | None] = {
    "KSV": "XKX",
    "TMP": "TLS",
    "DDR": None,
    "SUN": None,
    "CSK": None,
    "YUG": None,
    "SCG": None,
}

# Words that never occur in a person's name but do in organisation names. The brief's list plus
# the company, media and institution words seen in these files.
ORG_WORDS = frozenset(
    """PARTY PARTIES FRONT ARMY ARMIES MINISTRY MINISTRIES COUNCIL COMMITTEE FORCES FORCE UNION
    ASSOCIATION MOVEMENT BRIGADE BRIGADES GROUP GROUPS GOVERNMENT AGENCY BANK COMPANY ORGANIZATION
    ORGANISATION ORGANIZATIONS ORGANISATIONS LEAGUE ALLIANCE COURT POLICE OFFICE INSTITUTE
    UNIVERSITY NEWS TIMES TELEVISION RADIO COMMISSION CORPORATION CORP CORP. INC INC. LTD LTD.
    LLC PLC HOLDINGS HOLDING FOUNDATION FONDATION SOCIETY FEDERATION CONGRESS ASSEMBLY PARLIAMENT
    SENATE CABINET DEPARTMENT BUREAU SERVICE SERVICES AUTHORITY FUND PROGRAM PROGRAMME PROJECT
    CENTER CENTRE NETWORK COALITION BOARD TRIBUNAL MISSION NATIONS STATES REPUBLIC KINGDOM REGIME
    ADMINISTRATION MILITARY NAVY CORPS BATTALION BATTALIONS REGIMENT DIVISION MILITIA MILITIAS
    CELLS NUCLEI NUCLEUS FACTION INTERNATIONAL NATIONAL REVOLUTIONARY LIBERATION DEMOCRATIC
    SOCIALIST COMMUNIST ACADEMY COLLEGE SCHOOL HOSPITAL AIRLINES AIRWAYS INDUSTRIES FINANCIAL
    BANCORP BROADCASTING JOURNAL GAZETTE TRIBUNE HERALD AGENCE SECRETARIAT DELEGATION EMBASSY
    CONSULATE LEGISLATURE JUNTA DIRECTORATE INTELLIGENCE HEADQUARTERS COMMAND CHAMBER
    COOPERATIVE SYNDICATE CARTEL COMMUNITY PARTNERSHIP INITIATIVE CAMPAIGN TREATY
    CONFERENCE FORUM TRUST ENERGY PETROLEUM MOTORS SYSTEMS TECHNOLOGIES TECHNOLOGY COMMUNICATIONS
    RESOURCES INVESTMENT CAPITAL EXCHANGE MARKET INSURANCE PHARMACEUTICALS GLOBAL WORLDWIDE
    WATCH AID RELIEF RIGHTS RIFLES HOUSE PALACE RESERVE SABHA YARD TEAM DECLARATION PANEL AREA
    TRADE CITIES GOVERNMENTS THINK TANK ASSEMBLEE PARLEMENTAIRE FRANCOPHONIE PARTI PARTIDO
    FRENTE MOVIMIENTO CONSEIL COMITE MINISTERIO
    JABHAT JABHA HARAKAT HARAKA KATAIB KATIBA LIWA JAISH JAYSH JAMAAT JAMAAH JAMIAT HIZB HIZBUL
    TANZIM TANZEEM AHRAR ANSAR MAJLIS LASHKAR TEHRIK SIPAH MUJAHIDEEN MUJAHIDIN FEDAYEEN
    SHABAAB SENA COMMANDO COMMANDOS NGO NGOS""".split()
)
# Places and collective nouns: "KABUL_PROVINCE", "AFGHAN_SOLDIERS" are not people either.
# Words that are also common names stay out: SEA (Sea Kosal), VALLEY, CHURCH, SHIA (Mohammed
# Shia al-Sudani), GANG (Wan Gang).
PLACE_AND_GROUP_WORDS = frozenset(
    """PROVINCE REGION DISTRICT CITY ISLAND ISLANDS TERRITORY TERRITORIES COUNTY VILLAGE GULF
    OCEAN RIVER MOUNTAINS DESERT OBLAST GOVERNORATE PREFECTURE EMIRATE EMIRATES SFSR SSR
    AUTONOMOUS ZONE BORDER STRIP BANK PEOPLE PEOPLES CITIZENS OFFICIALS SOLDIERS TROOPS REBELS
    MILITANTS PROTESTERS PROTESTORS REFUGEES WORKERS STUDENTS LEADERS LEADERSHIP MEMBERS
    SUPPORTERS LOYALISTS INSURGENTS GUERRILLAS FIGHTERS COUNTRIES BODIES STAFF FAMILY CLAN TRIBE
    TRIBES CATHOLIC CATHOLICS PROTESTANT MUSLIM MUSLIMS ISLAMIC ISLAMIST ISLAMISTS JEWISH JEWS
    HINDU HINDUS BUDDHIST SHIITE SUNNI""".split()
)
# Posts and generic person nouns. At the head of a phrase they make it a role description
# ("UN_SPECIAL_ENVOY_FOR_BURMA", "ASEAN_DEFENSE_MINISTERS"), not the name of anyone.
ROLE_WORDS = frozenset(
    """ENVOY ENVOYS PEACEKEEPER PEACEKEEPERS MONITOR MONITORS OBSERVER OBSERVERS OFFICIAL
    SPOKESMAN SPOKESWOMAN SPOKESPERSON DELEGATE DELEGATES REPRESENTATIVE REPRESENTATIVES RAPPORTEUR
    MINISTER MINISTERS PRESIDENT PRESIDENTS SECRETARY SECRETARY-GENERAL CHIEF CHIEFS HEAD HEADS
    LEADER COMMANDER COMMANDERS AMBASSADOR AMBASSADORS DIPLOMAT DIPLOMATS JOURNALIST JOURNALISTS
    REPORTER REPORTERS CORRESPONDENT MEMBER RESIDENT RESIDENTS CONTINGENT COORDINATOR ADVISER
    ADVISOR EXPERT EXPERTS INSPECTOR INSPECTORS CHAIRMAN CHAIRWOMAN DIRECTOR DIRECTORS GOVERNOR
    MAYOR MAYORS SOLDIER WORKER MANAGER COMMISSIONER GENERAL VICE-PRESIDENT PRESIDENT-ELECT
    PREMIER SENATOR CHANCELLOR SPEAKER""".split()
)
# Office, rank and courtesy titles that may precede a person's name. They are stripped from the
# front of names and aliases ("FOREIGN_MINISTER_ASHRAF_GHANI" -> "Ashraf Ghani"). Royal and
# religious styles (KING, EMIR, SULTAN, SHEIKH, MULLAH) are NOT here: they are part of how such
# people are named ("King Abdullah II"), and SULTAN, AMIR or PRINCE are also given names.
TITLE_WORDS = frozenset(
    """PRESIDENT PRESIDENT-ELECT VICE VICE-PRESIDENT PRIME PREMIER MINISTER FOREIGN DEFENSE
    DEFENCE INTERIOR FINANCE ACTING DEPUTY FORMER EX SECRETARY SECRETARY-GENERAL GENERAL GEN
    GEN. LT LT. LIEUTENANT COL COL. COLONEL MAJ MAJ. CAPT CAPT. CAPTAIN ADMIRAL ADM ADM. MARSHAL
    FIELD BRIGADIER COMMANDER CMDR CHIEF SENATOR SEN SEN. REP REP. CONGRESSMAN CONGRESSWOMAN
    GOVERNOR GOV GOV. MAYOR AMBASSADOR ENVOY CHANCELLOR CHAIRMAN CHAIRWOMAN SPEAKER LEADER
    SPOKESMAN SPOKESWOMAN JUDGE JUSTICE ATTORNEY PROSECUTOR MR MR. MRS MRS. MS MS. DR DR. PROF
    PROF. PROFESSOR SIR DAME LORD LADY BARON BARONESS JONKHEER AYATOLLAH GRAND CARDINAL
    ARCHBISHOP REV REV. REVEREND HOJJAT OL ESLAM HOJATOLESLAM COMRADE STAFF UN U.N. EU NATO
    SOVIET US U.S. UNITED NATIONS HIGH COMMISSIONER REPRESENTATIVE SPECIAL THE PM OPPOSITION
    FIRST""".split()
)
# Name particles written in lower case inside a name ("Bashar al-Assad", "Charles de Gaulle").
# "Abu" stays capitalised: it is a kunya ("Abu Mohammad al-Jawlani"), not a particle.
PARTICLES = frozenset(
    """al el ad an ar as ash at az bin bint ibn ul ud de da van von der den la le los du di del
    dos das y e i of the and for""".split()
)
# English connectives, lower-cased inside organisation names ("Council of Europe").
CONNECTIVES = frozenset("of the and for in on to at by with without a an de du des la le et".split())
PREPOSITIONS = frozenset("OF FOR TO IN ON AT WITH WITHOUT FROM AGAINST".split())
ROMAN_NUMERALS = frozenset("II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI".split())
# Two- and three-letter English words that are not acronyms even when written in capitals.
COMMON_SHORT_WORDS = frozenset(
    "A AN AS AT BE BY DO GO HE IF IN IS IT ME MY NO OF ON OR SO TO UP WE THE AND FOR ARE BUT "
    "NOT YOU ALL ANY CAN HER WAS ONE OUR OUT DAY GET HAS HIM HIS HOW MAN NEW NOW OLD SEE TWO "
    "WAY BOY DID ITS LET PUT SAY SHE TOO USE RED SUN CAR".split()
)
# Vowel-less abbreviations that are words, not acronyms: 'Voltaire Ltd', 'Pty'.
ABBREVIATIONS = frozenset("LTD HLDGS SVC TR MFG MGMT PTY BLVD".split())
# Words by which an alias describes a group related to the entry rather than naming it.
RELATION_WORDS = frozenset("LINKED AFFILIATED AFFILIATE OFFSHOOT SPLINTER INSPIRED ALLIED".split())
RELATION_SUFFIXES = ("-LINKED", "-AFFILIATED", "-INSPIRED", "-ALLIED")
MAX_ALIAS_CHARS = 80

# ---------------------------------------------------------------------------------------------
# Parsing the actor files
# ---------------------------------------------------------------------------------------------

ROLE_RE = re.compile(r"\[([^\[\]]*)\]")


@dataclass
class Role:
    cameo: str
    start: str | None = None
    end: str | None = None

    def as_json(self) -> dict[str, str | None]:
        return {"cameo": self.cameo, "from": self.start, "to": self.end}


@dataclass
class Entry:
    """One primary name line of an actor file with its `+` aliases and `[CODE dates]` roles."""

    name: str  # raw, e.g. "BASHAR_AL-ASSAD_"
    file: str
    line: int
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    note: str = ""  # the comment on the name line ('#  leader jma')

    @property
    def source(self) -> str:
        return f"{self.file}:{self.line}"


def convert_date(text: str) -> str:
    """'050101' -> '2005-01-01'; '991231' -> '1999-12-31'; '19270101' -> '1927-01-01'.

    Six-digit dates are YYMMDD with 00-30 read as 20YY and 31-99 as 19YY (the dictionaries
    were built in 2014 and reach back to the 1930s). A few lines give YYYYMMDD. Anything else,
    or an impossible calendar date, raises ValueError.
    """
    text = text.strip()
    if not text.isdigit():
        raise ValueError(f"not a date: {text!r}")
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
    elif len(text) == 8:
        year = int(text[:4])
    else:
        raise ValueError(f"not a date: {text!r}")
    return date(year, int(text[-4:-2]), int(text[-2:])).isoformat()


def parse_date_range(text: str) -> tuple[str | None, str | None]:
    """The date part of a role: '>011222' (from), '<061231' (to), 'A-B' (both), '' (undated).

    A bare single date ('[USAGOV 19820101] # entered Foreign Service') marks when the role began.
    """
    text = text.replace(" ", "")
    if not text:
        return None, None
    if text.startswith(">"):
        return convert_date(text[1:]), None
    if text.startswith("<"):
        return None, convert_date(text[1:])
    if "-" in text:
        start, end = text.split("-", 1)
        return convert_date(start), convert_date(end)
    return convert_date(text), None


def parse_role(inner: str, stats: Counter[str] | None = None) -> Role | None:
    """'SYRGOV 050101-110630' -> Role('SYRGOV', '2005-01-01', '2011-06-30').

    Returns None for placeholders such as '[---]' and for ranges that end before they start. An
    unreadable date keeps the role undated (the code alone still says who the actor is).
    Both are counted in `stats`.
    """
    tokens = inner.split()
    if not tokens:
        return None
    code = tokens[0].replace("~", "")
    if not re.fullmatch(r"[A-Z]{3,}", code):
        return None
    try:
        start, end = parse_date_range("".join(tokens[1:]))
    except ValueError:
        start = end = None
        if stats is not None:
            stats["role dates unreadable (role kept undated)"] += 1
    if start and end and end < start:
        # A typo such as '[EGYGOV 121207-120802]'; PETRARCH skips these lines, and so do we.
        if stats is not None:
            stats["roles dropped: end before start"] += 1
        return None
    return Role(code, start, end)


def roles_in(text: str, stats: Counter[str] | None = None) -> list[Role]:
    roles = (parse_role(m.group(1), stats) for m in ROLE_RE.finditer(text))
    return [role for role in roles if role is not None]


def parse_actor_lines(lines: Iterable[str], filename: str, stats: Counter[str] | None = None) -> list[Entry]:
    """Group the lines of a TABARI actor file into entries.

    A line that starts (after indentation) with '+' is an alias, with '[' a role line; anything
    else starts a new entry. '#' starts a comment anywhere on a line. Roles may also follow the
    name on its own line, separated by a tab or by spaces.
    """
    entries: list[Entry] = []
    current: Entry | None = None
    open_block = False  # the previous line was a name or alias of `current`, and no code yet
    for lineno, raw in enumerate(lines, 1):
        text, _, note = raw.partition("#")
        text = text.strip()
        if not text or text.startswith("<!"):
            open_block = False
            continue
        if text.startswith("+") or text.startswith("["):
            if current is None:
                continue  # an alias or role before any name belongs to nobody
            if text.startswith("+"):
                # A few lines glue two aliases together ("...AL_ISLAMI+_ISLAMIC_ADEN_ARMY_").
                for part in ROLE_RE.sub("", text).split("+"):
                    if part.strip():
                        current.aliases.append(part.strip())
            current.roles.extend(roles_in(text, stats))
            open_block = open_block and "[" not in text
            continue
        # PETRARCH cuts the name at the first tab (or double space): in 'OSMAN_OLCAY\t_TURKEY_'
        # the second field is a note, not part of the name.
        head = text.split("[", 1)[0].strip()
        name = re.split(r"\t| {2,}", head)[0].strip()
        if current is not None and open_block:
            # Name lines stacked directly on a name that has no code yet share the codes below
            # them, as in PETRARCH ('LEONID_BREZHNEV_' / 'LEONID_ILYICH_BREZHNEV' / '\t[RUSGOV ..]'):
            # they are spellings of one actor. A blank or comment line ends such a stack.
            current.aliases.append(name)
            if stats is not None:
                stats["name lines read as spellings of the name above (no code between)"] += 1
        else:
            current = Entry(name=name, file=filename, line=lineno, note=note.strip())
            entries.append(current)
        current.roles.extend(roles_in(text, stats))
        open_block = "[" not in text
    return entries


def read_actor_file(path: Path, stats: Counter[str] | None = None) -> list[Entry]:
    with path.open(encoding="utf-8") as handle:
        return parse_actor_lines(handle, path.name, stats)


# ---------------------------------------------------------------------------------------------
# Words, codes, names
# ---------------------------------------------------------------------------------------------


def words_of(raw: str) -> list[str]:
    """'BASHAR_AL-ASSAD_' -> ['BASHAR', 'AL-ASSAD']: '_' and blanks both separate words."""
    return raw.replace("_", " ").upper().split()


def code_chunks(code: str) -> list[str]:
    return [code[i : i + 3] for i in range(0, len(code), 3)]


def is_place_code(code: str) -> bool:
    """True for codes naming a state or territory rather than an actor within one.

    'AFG', 'SUNRUS' (Soviet Russia), 'IRQOCC' (occupied Iraq), 'GBRVGB' (British Virgin Islands)
    have no sector chunk; 'AFGGOV', 'GBRVGBGOV' or 'IGOUNO' have one. The first chunk may be
    'MUS' or 'SUN', which are both sector codes (Muslim, Sunni) and countries (Mauritius, USSR).
    """
    chunks = code_chunks(code)
    if len(code) % 3 or (chunks[0] in AGENT_CODES and chunks[0] not in COUNTRY_LIKE_AGENT_CODES):
        return False
    return not any(chunk in AGENT_CODES for chunk in chunks[1:])


def derive_country_codes(entries: Iterable[Entry]) -> frozenset[str]:
    """The country codes of the Countries file: every bare 3-letter place code it uses
    ('AFGHANISTAN_ [AFG]', '[ARM >911221]', '[SUN]'), minus fictional ones."""
    codes = {r.cameo for e in entries for r in e.roles if len(r.cameo) == 3 and is_place_code(r.cameo)}
    return frozenset(codes - FICTIONAL_COUNTRIES)


def country_of(code: str, countries: frozenset[str]) -> str | None:
    """ISO3 of the country a code starts with ('SYRGOV' -> 'SYR', 'KSVGOV' -> 'XKX'), else None."""
    prefix = code[:3]
    return CAMEO_TO_ISO3.get(prefix, prefix) if prefix in countries else None


def is_state_or_igo_code(code: str, countries: frozenset[str]) -> bool:
    return code[:3] in countries or code.startswith("IGO")


def strip_titles(words: list[str]) -> list[str]:
    """Drop leading office/rank titles: ['FOREIGN', 'MINISTER', 'ASHRAF', 'GHANI'] -> ['ASHRAF', 'GHANI']."""
    i = 0
    while i < len(words) and words[i] in TITLE_WORDS:
        i += 1
    return words[i:]


def head_word(words: list[str]) -> str | None:
    """The head noun of an English noun phrase: the last word before the first preposition."""
    before = list(itertools.takewhile(lambda w: w not in PREPOSITIONS, words))
    return before[-1] if before else None


def is_role_phrase(words: list[str]) -> bool:
    """'UN_ENVOY', 'UN_SPECIAL_ENVOY_FOR_BURMA', 'ASEAN_DEFENSE_MINISTERS' describe posts or groups
    of people, not a named actor. Plural heads followed by a preposition are left alone:
    'MAYORS_FOR_PEACE' and 'REPORTERS_WITHOUT_BORDERS' are organisations."""
    head = head_word(words)
    if head is None or head not in ROLE_WORDS | PLACE_AND_GROUP_WORDS:
        return False
    has_preposition = any(w in PREPOSITIONS for w in words)
    return not (head.endswith("S") and has_preposition)


def fold(text: str) -> str:
    """Strip diacritics: 'WÖRNER' -> 'WORNER'."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def match_key(text: str) -> str:
    """Key under which two spellings count as one, following the KB matching rules (case,
    diacritics, hyphens, apostrophes and dots are ignored): 'al-Assad' == 'AL_ASSAD'."""
    text = fold(text).lower().replace("_", " ").replace("-", " ")
    text = re.sub(r"['’ʼ`.]", "", text)
    return " ".join(text.split())


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", match_key(text)).strip("-")


def _cap(part: str) -> str:
    """Capitalise one hyphen-free piece: 'ASSAD' -> 'Assad', "O'NEIL" -> "O'Neil",
    "D'ESCOTO" -> "D'Escoto", "CHILDREN'S" -> "Children's", 'R.K.' -> 'R.K.', 'MCCLOY' -> 'McCloy'."""
    low = part.lower()
    if re.fullmatch(r"(?:[a-z]\.)+", low):
        return part.upper()  # initials
    match = re.fullmatch(r"([a-z])'([a-z].*)", low)
    if match:
        return f"{match.group(1).upper()}'{_cap(match.group(2))}"
    match = re.fullmatch(r"mc([a-z].+)", low)
    if match:
        return "Mc" + match.group(1).capitalize()
    if low[:1].isdigit():
        return low  # '20th', '2nd'
    lead = re.match(r"[^a-z]*", low).end()  # keep "'Iraq" (ayn) readable
    return low[:lead] + low[lead:].capitalize()


def display_case(
    raw: str,
    *,
    acronyms: frozenset[str] | None = None,
    particles: frozenset[str] = PARTICLES,
    lower_after_hyphen: bool = False,
) -> str:
    """'BASHAR_AL-ASSAD_' -> 'Bashar al-Assad'; 'COUNCIL_OF_EUROPE' -> 'Council of Europe'.

    Particles are lower-case except as the very first word; 'Abu' is not a particle. Roman
    numerals after the first word stay upper-case, and so do acronyms when `acronyms` is given
    (organisations; see is_acronym_token: a person's 'NG' in 'Ng Eng Hen' is no acronym). Naming
    customs the capitals hide are passed in by the caller: Korean given names are written
    'Ki-moon' (lower_after_hyphen) and the Vietnamese middle name 'Van' is no particle.
    """
    out: list[str] = []
    words = words_of(raw)
    for index, word in enumerate(words):
        last = index == len(words) - 1
        if (acronyms is not None and is_acronym_token(word, acronyms, single=len(words) == 1)) or (
            index > 0 and (word in ROMAN_NUMERALS or (word == "I" and last))  # 'Baudouin I'
        ):
            out.append(word)
            continue
        shaped: list[str] = []
        for i, piece in enumerate(word.split("-")):
            low = piece.lower()
            first = index == 0 and i == 0
            if low in particles and not first:
                shaped.append(low)  # 'al' in 'al-Assad', 'bin' in 'Osama bin Laden'
            elif low.startswith("d'") and len(low) > 2 and not first:
                shaped.append("d'" + _cap(low[2:]))  # "Miguel d'Escoto"
            elif i > 0 and lower_after_hyphen:
                shaped.append(low)
            else:
                shaped.append(_cap(piece))
        out.append("-".join(shaped))
    # Wire style joins the article to the next word: 'Bashar al-Assad', 'Jabhat al-Nusra'.
    text = " ".join(out)
    return re.sub(r"(?<=\s)al (?=\S)", "al-", text) if "al" in particles else text


def is_acronym_token(token: str, known: frozenset[str] = frozenset(), single: bool = True) -> bool:
    """Whether an upper-case token is an acronym rather than a word.

    The dictionaries are all capitals, so case says nothing. A token is an acronym if it is
    dotted ('U.N.'), or 2-6 letters and: has no vowel ('PKK', 'BBC'), is a known acronym of the
    files (`known`: written in brackets somewhere, or the initials of a longer name, as 'IAEA'
    and 'NATO' are), or stands alone with at most three letters ('ICC', 'ETA') or as 'UN' + a
    consonant ('UNDP', 'UNHCR'). Particles and short English words never are ('AL', 'THE').
    Erring towards "word" is the safe side: newsift matches short capitalised aliases only
    against capitals, so 'HAMAS' written as an acronym would miss 'Hamas'.
    """
    if re.fullmatch(r"(?:[A-Z]\.){2,6}", token):
        return True
    if not re.fullmatch(r"[A-Z]{2,6}", token):
        return False
    if token.lower() in PARTICLES | CONNECTIVES or token in COMMON_SHORT_WORDS | ABBREVIATIONS:
        return False
    if not set(token) & set("AEIOUY") or token in known:
        return True
    return single and (len(token) <= 3 or re.fullmatch(r"UN[^AEIOU].+", token) is not None)


def initialisms(raw: str) -> set[str]:
    """Initials of a multi-word name, with and without connectives:
    'ORGANIZATION_OF_PETROLEUM_EXPORTING_COUNTRIES' -> {'OPEC', 'OOPEC'}."""
    words = [w for w in re.split(r"[\s_\-]+", raw.upper()) if w and w[0].isalpha()]
    if len(words) < 2:
        return set()
    content = [w for w in words if w.lower() not in CONNECTIVES]
    return {"".join(w[0] for w in words), "".join(w[0] for w in content)}


def split_parenthesised(raw: str, places: frozenset[str] = frozenset()) -> tuple[str, list[str]]:
    """'ANIMAL_LIBERATION_FRONT_(ALF)_' -> ('ANIMAL_LIBERATION_FRONT', ['ALF']).

    A parenthesised acronym becomes an alias; other parentheticals are qualifiers
    ('DIRECT_ACTION_(GREECE)_') and are dropped from the name. A country name in brackets is
    never an acronym even when it is short ('(CHINA)')."""
    acronyms: list[str] = []

    def take(match: re.Match[str]) -> str:
        inner = match.group(1).strip(" _")
        if re.fullmatch(r"[A-Z]{2,6}", inner) and inner not in places:
            acronyms.append(inner)
        return " "

    name = re.sub(r"\(([^()]*)\)", take, raw)
    return " ".join(name.replace("_", " ").split()), acronyms


# ---------------------------------------------------------------------------------------------
# Classification
# ---------------------------------------------------------------------------------------------

# Besides posts, a person's name has no 'AND' or 'FOR' ('CITIES_AND_LOCAL_GOVERNMENTS'). 'OF'
# occurs ('Lord Robertson of Port Ellen'), and 'ON', 'IN', 'TO' are Asian name syllables.
NOT_IN_PERSON_NAMES = ROLE_WORDS | {"AND", "FOR", "WITH", "WITHOUT", "AGAINST"}
PERSON_WORD_RE = re.compile(r"'?[^\W\d_][\w'.\-]*")
CONNECTIVES_UPPER = frozenset(w.upper() for w in CONNECTIVES)


def person_words(raw: str) -> list[str] | None:
    """The words of a person's name with leading titles removed; None when the text cannot be a
    name (digits, brackets, commas, '&': 'ANTHONY_CROSLAND, THEN DAVID OWEN_') or is only titles."""
    words = strip_titles(words_of(clean_person_name(raw)))
    if not words or not all(PERSON_WORD_RE.fullmatch(w) for w in words):
        return None
    return words


def clean_person_name(raw: str) -> str:
    """Undo harmless noise: 'WALTER_J._STOESSEL,_JR._' -> 'WALTER_J._STOESSEL_JR._',
    'STANKO_TODOROV (ACTING_' -> 'STANKO_TODOROV', "SA`ID" -> "SA'ID"."""
    raw = re.sub(r",(?=[\s_]*(?:JR|SR)\b)", "", raw.replace("`", "'"))
    return re.sub(r"\s*\([^()]*\)?[\s_]*$", "", raw)


def name_words(words: list[str], particles: frozenset[str] = PARTICLES) -> list[str]:
    """The words that identify someone: 'AL_ASSAD' and 'AL-ASSAD' are each one word, while the
    regnal number of 'BAUDOUIN_I' counts (it is not the Catalan 'i')."""
    last = len(words) - 1
    return [w for i, w in enumerate(words) if w.lower() not in particles or (w == "I" and i == last)]


# Where name particles do not apply: East Asian syllables ('Li Bin', 'Le Duan', 'Zhu De',
# 'Nguyen Van Thieu') and the English given name Al ('Al Gore').
NO_PARTICLE_COUNTRIES = frozenset("CHN TWN HKG VNM KHM LAO KOR PRK MMR THA SGP JPN MNG".split())
ENGLISH_NAME_COUNTRIES = frozenset("USA GBR CAN AUS NZL IRL".split())
ARABIC_PARTICLES = frozenset("al el ad an ar as ash at az bin bint ibn ul ud".split())


def name_particles(prefixes: set[str]) -> frozenset[str]:
    """The particles of a person's name, given the countries of their roles."""
    if prefixes & NO_PARTICLE_COUNTRIES:
        return frozenset()
    if prefixes & ENGLISH_NAME_COUNTRIES:
        return PARTICLES - ARABIC_PARTICLES
    return PARTICLES


def role_countries(entry: Entry, countries: frozenset[str]) -> set[str]:
    return {r.cameo[:3] for r in entry.roles if r.cameo[:3] in countries}


def is_country_block(entry: Entry) -> bool:
    """'AFGHANISTAN_ [AFG]' with its '+KABUL_', '+HELMAND' aliases; 'RUSSIAN_SFSR [SUNRUS ...]'."""
    return any(is_place_code(role.cameo) for role in entry.roles)


def has_org_word(words: Iterable[str]) -> bool:
    """An organisation, place or collective word, or a 'WASHINGTON-BASED' style qualifier."""
    return any(w in ORG_WORDS or w in PLACE_AND_GROUP_WORDS or w.endswith("-BASED") for w in words)


def person_rejection(entry: Entry, countries: frozenset[str]) -> str | None:
    """None if the entry names one person, else why not. A person entry:

    - has a role code starting with a country code or IGO ('SYRGOV', 'IGOUNO'). Sector-only codes
      ('[MED]', '[NGO]', '[MNCUSA]' is MNC-first) mark outlets, NGOs and companies;
    - has no role code naming a state or territory: that is a country block ('AFGHANISTAN_ [AFG]')
      whose aliases are cities and provinces;
    - after leading titles are dropped, has a name of 2-5 words ('HAMMARSKJOLD' alone, or
      'FOREIGN_MINISTER_ABDULLAH', is too ambiguous), made of letters, "'", '-' and '.';
    - has no organisation, place, collective or post word ('PARTY', 'PROVINCE', 'SOLDIERS',
      'ENVOY'), nor 'AND' or 'FOR' ('CITIES_AND_LOCAL_GOVERNMENTS_').
    """
    if not any(is_state_or_igo_code(r.cameo, countries) for r in entry.roles):
        return "no country or IGO code"
    if is_country_block(entry):
        return "country or territory block"
    words = person_words(entry.name)
    if words is None:
        return "not a name (digits, punctuation, titles only)"
    if not 2 <= len(name_words(words, name_particles(role_countries(entry, countries)))) <= 5:
        return "not 2-5 words (particles such as 'AL', 'BIN', 'DOS' do not count)"
    if has_org_word(words) or any(w in NOT_IN_PERSON_NAMES for w in words):
        return "organisation, place or post word"
    return None


def is_person(entry: Entry, countries: frozenset[str]) -> bool:
    return person_rejection(entry, countries) is None


# Personal styles: a name that starts with one is a person's ('COMMANDER_KHATTAB__',
# 'SHEIKH_HAMID__'), even when what follows is a single word.
PERSONAL_STYLES = frozenset(
    """MR MR. MRS MRS. MS MS. DR DR. SIR DAME LORD LADY GENERAL GEN GEN. COLONEL COL COL. CAPTAIN
    CAPT COMMANDER SHEIKH SHEIK SHAYKH MULLAH MAULANA MAWLAWI IMAM AYATOLLAH EMIR AMIR""".split()
)
# Comments that say who someone is: '#  leader jma', '# president of the CoEU from SPAIN'.
PERSON_NOTE_RE = re.compile(
    r"\b(?:leader|founder|commander|member|spokes(?:man|woman|person)|president|chairman|alias of)\b", re.I
)


def looks_like_person(
    name: str,
    given_names: frozenset[str],
    roles: Iterable[Role] = (),
    note: str = "",
    aliases: Iterable[str] = (),
) -> bool:
    """A looser test that keeps people OUT of the organisation file when is_person refuses them
    ('GLENN_GREENWALD [MED]', 'SUBROTO_ [IGOBUSOPC 880701-940630]', 'HAMBALI__ #  leader jma',
    the alias 'KHALED_MESHAAL' of Hamas): name-like words without organisation words or
    connectives, and one of: a personal style first ('COMMANDER_KHATTAB__'), a known given name
    or an initial first ('N._P._RIJAL'), a comment naming a personal role, an elite code or a
    dated role (organisations almost never carry dates in these files).

    Companies named after people ('WERNER_ENTERPRISES_') have company words; groups named after
    people ('IZZ_AD-DIN_AL_QASSAM' +'AL-QASSAM_BRIGADES') give themselves away by an alias.
    Callers pass no given names for company (MNC) codes, where surnames are brand names."""
    all_words = words_of(clean_person_name(name))
    # Titles go first: '+UNITED_NATIONS_SECRETARY_GENERAL_BAN_KI-MOON' names a person.
    if not all_words or has_org_word(all_words) or any(has_org_word(strip_titles(words_of(a))) for a in aliases):
        return False
    if any(r.cameo.endswith("ELI") or r.start or r.end for r in roles):
        return True  # even a garbled name ('ANTHONY_CROSLAND, THEN DAVID OWEN_') is not a body
    words = person_words(name)
    if words is None or not 1 <= len(words) <= 4:
        return False
    if all_words[0] in PERSONAL_STYLES or PERSON_NOTE_RE.search(note):
        return True
    if any(w in CONNECTIVES_UPPER for w in words[1:]):
        return False  # 'SERVICE_FOR_PEACE', 'W.P._CAREY_AND_CO'
    if len(words) >= 2 and re.fullmatch(r"[A-Z]\.?|(?:[A-Z]\.)+", words[0]):
        return True  # an initial ('A_G_KISHORE', 'N._P._RIJAL')
    return len(words) >= 2 and words[0] in given_names


def org_type(code: str, filename: str) -> str:
    """IGO* -> igo, NGO* -> ngo, a REB/INS/UAF chunk or the MilNonState file -> armed_group."""
    if code.startswith("IGO"):
        return "igo"
    if code.startswith("NGO"):
        return "ngo"
    if filename == MILNONSTATE_FILE or {"REB", "INS", "UAF"} & set(code_chunks(code)):
        return "armed_group"
    return "other"


def is_broken_name(name: str) -> bool:
    """Digits ('+39649_', 'MAY_98_'), a single character, or unbalanced brackets
    ('HAMMARSKJOLD)', 'JAISH-I-MOHAMMED_(MOHAMMAD_')."""
    letters = re.sub(r"\W", "", name)
    return any(ch.isdigit() for ch in name) or len(letters) <= 1 or name.count("(") != name.count(")")


def is_broken_org_name(name: str) -> bool:
    """is_broken_name, except that an organisation word and two real words make a number part
    of the name: 'APRIL_19_MOVEMENT_', 'REVOLUTIONARY_ORGANIZATION_17_NOVEMBER', 'L-3_
    COMMUNICATIONS_HOLDINGS_' are names, while 'MAY_15_', '313_' or 'FOREIGNAID_500_' would
    match dates and numbers in any text."""
    words = words_of(name)
    named = has_org_word(words) and sum(bool(re.fullmatch(r"[A-Z'.\-]{3,}", w)) for w in words) >= 2
    if named and name.count("(") == name.count(")"):
        return False
    return is_broken_name(name)


# ---------------------------------------------------------------------------------------------
# Converted records
# ---------------------------------------------------------------------------------------------


@dataclass
class Record:
    """A converted actor before ids are assigned."""

    name: str
    type: str
    source: str
    country: str | None = None
    cameo: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    prefixes: set[str] = field(default_factory=set)  # country codes of all roles (for merging)

    def add_alias(self, alias: str) -> bool:
        """Add unless it repeats the name or an alias (case-, accent- and hyphen-insensitively)."""
        keys = {match_key(self.name)} | {match_key(a) for a in self.aliases}
        if match_key(alias) in keys:
            return False
        self.aliases.append(alias)
        return True

    def add_role(self, role: Role) -> None:
        if role not in self.roles:
            self.roles.append(role)


def name_style(prefixes: set[str]) -> dict[str, object]:
    """display_case options for the naming customs of a person's countries."""
    # Korean given names are hyphenated with a lower-case second syllable: 'Ban Ki-moon'.
    return {"particles": name_particles(prefixes), "lower_after_hyphen": bool(prefixes & {"KOR", "PRK"})}


def person_alias(raw: str, style: dict[str, object], stats: Counter[str]) -> str | None:
    """Convert a '+' line of a person; None when it must be dropped (the reason is counted).

    Leading titles go ('+FOREIGN_MINISTER_ASHRAF_GHANI' -> 'Ashraf Ghani'); what remains must be
    two words or more: a surname alone, with or without a title ('+KARZAI_',
    '+PRESIDENT_KARZAI_'), fits too many people."""
    all_words = words_of(raw)
    words = strip_titles(all_words)
    if not words:
        stats["person aliases dropped: a title only"] += 1
        return None
    if not all(PERSON_WORD_RE.fullmatch(w) for w in words):
        stats["person aliases dropped: not a name (digits, punctuation)"] += 1
        return None
    if len(name_words(words, style["particles"])) < 2:  # type: ignore[arg-type]
        # 'KARZAI', 'AL_ASSAD' (a particle does not make a second word), 'PRESIDENT_KARZAI'.
        reason = "title + surname" if len(all_words) > len(words) else "one word"
        stats[f"person aliases dropped: {reason}"] += 1
        return None
    if has_org_word(words) or any(w in NOT_IN_PERSON_NAMES for w in words):
        # '+ASSAD_GOVERNMENT_', "+SYRIA'S_GOVERNMENT" under BASHAR_AL-ASSAD name his regime.
        stats["person aliases dropped: names an organisation or place"] += 1
        return None
    alias = display_case(" ".join(words), **style)
    if len(alias) > MAX_ALIAS_CHARS:
        stats["person aliases dropped: longer than 80 characters"] += 1
        return None
    return alias


def convert_person(entry: Entry, countries: frozenset[str], stats: Counter[str]) -> Record:
    prefixes = role_countries(entry, countries)
    style = name_style(prefixes)
    # Nationality: the country of the first role held in a country (IGO-only people get none).
    country = next(filter(None, (country_of(r.cameo, countries) for r in entry.roles)), None)
    record = Record(
        name=display_case(" ".join(person_words(entry.name) or []), **style),
        type="person",
        source=entry.source,
        country=country,
        prefixes=prefixes,
    )
    for raw in entry.aliases:
        alias = person_alias(raw, style, stats)
        if alias and not record.add_alias(alias):
            stats["person aliases dropped: repeats the name or another alias"] += 1
    for role in entry.roles:
        record.add_role(role)
    return record


def strip_article(text: str) -> str:
    """'THE_EUROPEAN_UNION_' -> 'EUROPEAN_UNION_': the article does not distinguish a name, and
    'the European Union' still contains 'European Union'. 'ORDER,_THE' -> 'THE ORDER'."""
    inverted = re.match(r"(.*?),[\s_]*THE[\s_]*$", text.strip(), flags=re.I)
    text = f"THE {inverted.group(1)}" if inverted else text.strip()  # 'ORDER,_THE' -> 'THE ORDER'
    stripped = re.sub(r"^THE[\s_]+", "", text, flags=re.I)
    # 'THE_ORDER' keeps its article: 'Order' alone would be an everyday word ('THE_UN' -> 'UN').
    words = words_of(stripped)
    return stripped if len(words) >= 2 or (words and len(words[0]) <= 3) else text


def org_display_name(text: str, acronyms: frozenset[str]) -> str:
    """'COUNCIL_OF_EUROPE' -> 'Council of Europe', 'IAEA' -> 'IAEA', 'HAMAS' -> 'Hamas'."""
    parts = display_case(strip_article(text), acronyms=acronyms).split(" ")
    return " ".join(parts[:1] + [p.lower() if p.lower() in CONNECTIVES else p for p in parts[1:]])


def org_aliases(raw: str, acronyms: frozenset[str], given_names: frozenset[str], stats: Counter[str]) -> list[str]:
    """Convert a '+' line of an organisation: multi-word aliases, acronyms, and acronyms given
    in brackets ('+ISLAMIC_ARMY_OF_ADEN_(IAA)_' -> 'Islamic Army of Aden', 'IAA')."""
    text, bracketed = split_parenthesised(raw)
    out = [a for a in bracketed if is_acronym_token(a, acronyms | {a})]
    text = strip_article(text)
    words = words_of(text)
    if not words:
        return out
    if any(w in RELATION_WORDS or w.endswith(RELATION_SUFFIXES) for w in words):
        # '+AL_QAEDA_LINKED_ABU_SAYYAF', '+AL_QAIDA_OFFSHOOT': another group, described.
        stats["organisation aliases dropped: describes a related group"] += 1
    elif is_broken_name(text):
        stats["organisation aliases dropped: broken (digits, brackets)"] += 1
    elif len(words) == 1:
        if is_acronym_token(words[0], acronyms):
            out.append(words[0])
        else:
            stats["organisation aliases dropped: one word, not an acronym"] += 1
    elif looks_like_person(text, given_names):
        # 'KHALED_MESHAAL' under HAMAS, 'MASOUD_BARZANI' under the KRG: a leader is not the group.
        stats["organisation aliases dropped: a person's name"] += 1
    elif len(text) > MAX_ALIAS_CHARS:
        stats["organisation aliases dropped: longer than 80 characters"] += 1
    else:
        out.append(org_display_name(text, acronyms))
    return out


def convert_org(
    entry: Entry,
    countries: frozenset[str],
    acronyms: frozenset[str],
    places: frozenset[str],
    given_names: frozenset[str],
    stats: Counter[str],
) -> Record:
    text, bracketed = split_parenthesised(entry.name, places)
    code = entry.roles[0].cameo
    record = Record(
        name=org_display_name(text, acronyms),
        type=org_type(code, entry.file),
        source=entry.source,
        country=country_of(code, countries),
        cameo=code,
    )
    for acronym in bracketed:
        if is_acronym_token(acronym, acronyms | {acronym}):
            record.add_alias(acronym)
    for raw in entry.aliases:
        for alias in org_aliases(raw, acronyms, given_names, stats):
            record.add_alias(alias)
    return record


# ---------------------------------------------------------------------------------------------
# Merging and ambiguity
# ---------------------------------------------------------------------------------------------


def merge_persons(records: list[Record], stats: Counter[str]) -> list[Record]:
    """Merge records with the same normalised name when they can be the same person: their
    role countries overlap, or one of them has none (an IGO-only entry such as 'JAVIER_SOLANA_'
    in the International file). Same-name people of different countries stay apart (and then
    lose the shared name in resolve_ambiguity)."""
    by_key: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        candidates = by_key[match_key(record.name)]
        target = next(
            (c for c in candidates if not c.prefixes or not record.prefixes or c.prefixes & record.prefixes),
            None,
        )
        if target is None:
            candidates.append(record)
            continue
        stats["persons merged (same name in two entries)"] += 1
        if record.name.count("-") > target.name.count("-"):
            target.name = record.name  # the wire spelling: 'Bashar al-Assad', not 'Bashar al Assad'
        for alias in record.aliases:
            target.add_alias(alias)
        for role in record.roles:
            target.add_role(role)
        target.prefixes |= record.prefixes
        target.country = target.country or record.country
    return [r for group in by_key.values() for r in group]


def merge_orgs(records: list[Record], stats: Counter[str]) -> list[Record]:
    """Merge organisations with the same normalised name and type whose countries do not
    conflict: the files often list one body twice with a coarser and a finer code
    ('JAPANESE_RED_ARMY_ [INTREB]' and '[IMGJPN]', 'WORLD_UYGHUR_CONGRESS_ [NGOUIG]' and
    '[NGOCHNUIGHRI]'). The first code is kept. Same-name bodies of two countries ('NATIONAL_
    LIBERATION_ARMY' of Colombia and of Bolivia) stay apart, and lose the name later."""
    groups: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for record in records:
        candidates = groups[(match_key(record.name), record.type)]
        target = next(
            (c for c in candidates if not c.country or not record.country or c.country == record.country),
            None,
        )
        if target is None:
            candidates.append(record)
            continue
        stats["organisations merged (same name, type and country)"] += 1
        target.country = target.country or record.country
        for alias in record.aliases:
            target.add_alias(alias)
    return fold_acronym_entries([r for group in groups.values() for r in group], stats)


def fold_acronym_entries(records: list[Record], stats: Counter[str]) -> list[Record]:
    """'IAEA_ [IGOUNOIAE]' and 'INTERNATIONAL_ATOMIC_ENERGY_AGENCY_ [IGOUNOIAE]' are separate
    entries in the International file; an acronym entry whose code and initials match a longer
    entry becomes that entry's alias, so the actor is named in full and found by both."""
    by_code: dict[str | None, list[Record]] = defaultdict(list)
    for record in records:
        by_code[record.cameo].append(record)
    folded: set[int] = set()
    for record in records:
        if " " in record.name or not record.name.isupper():
            continue
        target = next(
            (r for r in by_code[record.cameo] if r is not record and record.name in initialisms(r.name)),
            None,
        )
        if target is not None:
            stats["organisations folded into the full name they abbreviate ('IAEA')"] += 1
            target.add_alias(record.name)
            for alias in record.aliases:
                target.add_alias(alias)
            folded.add(id(record))
    return [r for r in records if id(r) not in folded]


def resolve_ambiguity(records: list[Record], stats: Counter[str]) -> list[Record]:
    """Drop names and aliases that two different records claim: a shared alias would merge
    distinct actors. A record's own name outranks another record's alias (the alias goes); a
    name shared by two records is unusable, so both records go."""
    names: dict[str, list[int]] = defaultdict(list)
    aliases: dict[str, set[int]] = defaultdict(set)
    for i, record in enumerate(records):
        names[match_key(record.name)].append(i)
        for alias in record.aliases:
            aliases[match_key(alias)].add(i)

    dropped_records = {i for owners in names.values() if len(owners) > 1 for i in owners}
    stats["entries dropped: name shared with a different entry"] += len(dropped_records)
    kept: list[Record] = []
    for i, record in enumerate(records):
        if i in dropped_records:
            continue
        keep = []
        for alias in record.aliases:
            key = match_key(alias)
            owners = names.get(key)
            if owners and owners != [i]:
                stats["aliases dropped: another entry's name"] += 1
            elif len(aliases[key]) > 1:
                stats["aliases dropped: claimed by two entries"] += 1
            else:
                keep.append(alias)
        record.aliases = keep
        kept.append(record)
    return kept


def source_order(record: Record) -> tuple[str, int]:
    """('Phoenix.Countries.actors.txt', 150) for 'Phoenix.Countries.actors.txt:150'."""
    filename, _, line = record.source.rpartition(":")
    return filename, int(line) if line.isdigit() else 0


def assign_ids(records: list[Record]) -> list[tuple[str, Record]]:
    """'phx-' + slug of the name; '-2', '-3' ... for repeats in source order, so re-runs agree."""
    used: Counter[str] = Counter()
    out: list[tuple[str, Record]] = []
    for record in sorted(records, key=lambda r: (slugify(r.name), source_order(r))):
        base = "phx-" + (slugify(record.name) or "actor")
        used[base] += 1
        out.append((base if used[base] == 1 else f"{base}-{used[base]}", record))
    return sorted(out, key=lambda pair: pair[0])


def person_json(actor_id: str, r: Record) -> dict[str, object]:
    return {
        "id": actor_id,
        "name": r.name,
        "type": "person",
        "country": r.country,
        "aliases": r.aliases,
        "roles": [role.as_json() for role in r.roles],
        "source": r.source,
    }


def org_json(actor_id: str, r: Record) -> dict[str, object]:
    return {
        "id": actor_id,
        "name": r.name,
        "type": r.type,
        "country": r.country,
        "cameo": r.cameo,
        "aliases": r.aliases,
        "source": r.source,
    }


# ---------------------------------------------------------------------------------------------
# Agents
# ---------------------------------------------------------------------------------------------

MACRO_DEF_RE = re.compile(r"^!(\w+)!\s*=\s*(.+)$")
MACRO_RE = re.compile(r"!(\w+)!")


def parse_macro(line: str) -> tuple[str, list[str]] | None:
    """'!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON' -> ('PERSON', ['MAN', ..., 'PERSON'])."""
    match = MACRO_DEF_RE.match(line.strip())
    if not match:
        return None
    return match.group(1), [v.strip() for v in match.group(2).split(",") if v.strip()]


def expand_macros(text: str, macros: dict[str, list[str]]) -> list[str]:
    """'CATTLE!PERSON!' -> ['CATTLEMAN', 'CATTLE_MAN', 'CATTLEMEN', 'CATTLE_MEN', ...].

    PETRARCH pastes the variant in place, so a marker glued to a word gives a closed compound
    ('cattleman', 'businessmen': the forms news text uses). We also emit the spaced form
    ('cattle man'). A marker already separated by '_' or a blank gives one form. Several
    markers on one line expand to every combination. Raises KeyError for an undefined marker.
    """
    pieces = MACRO_RE.split(text)  # [literal, name, literal, name, literal ...]
    options: list[list[str]] = []
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            options.append([piece])
            continue
        glued = i > 0 and pieces[i - 1][-1:].isalnum()
        variants = macros[piece]
        options.append([joiner + v for v in variants for joiner in (["", "_"] if glued else [""])])
    return ["".join(combo) for combo in itertools.product(*options)]


def agent_phrase(text: str) -> str | None:
    """'!MINIST! FOR_ YOUTH_AND_SPORTS' (after expansion) -> 'minister for youth and sports'.

    TABARI's '_' (words must be adjacent) and ' ' (words may be apart) both become one blank.
    None for text that is not a plain phrase (brackets, mojibake such as 'PÃŠBLICAS')."""
    phrase = " ".join(text.replace("_", " ").split()).lower()
    phrase = phrase.replace(" ,", ",")
    if not phrase or not re.fullmatch(r"[a-z0-9][a-z0-9 ,.'&/\-]*", phrase):
        return None
    return phrase


# TABARI stems that PETRARCH, which does not stem, would never match ('DEFENSE_MINIST'): the
# final word is completed into the words the stem was meant to catch.
STEM_COMPLETIONS = {
    "minist": ["minister", "ministers", "ministry", "ministries"],
    "ministr": ["minister", "ministers", "ministry", "ministries"],
    "authorit": ["authority", "authorities"],
    "industr": ["industry", "industries"],
    "milita": ["militia", "militias"],  # a typo for MILITIA rather than a stem
}


def complete_stem(phrase: str) -> list[str]:
    """'defense minist' -> ['defense minister', ..., 'defense ministries']; others unchanged."""
    head, _, last = phrase.rpartition(" ")
    if last not in STEM_COMPLETIONS:
        return [phrase]
    return [f"{head} {word}".strip() for word in STEM_COMPLETIONS[last]]


def parse_agent_line(line: str, macros: dict[str, list[str]]) -> list[tuple[str, str]] | None:
    """'CATTLE!PERSON! [~AGR]' -> [('cattleman', 'AGR'), ...]; '{PLURALS}' adds the irregular
    plural PETRARCH would use ('THIEF {THIEVES} [~CRM]'). None when the line is malformed."""
    match = re.fullmatch(r"([^\[\]{}]+?)\s*(?:\{([^{}\[\]]*)\})?\s*\[([^\[\]]+)\]\s*", line)
    if not match:
        return None
    body, plural, code = match.group(1), match.group(2), match.group(3).strip().replace("~", "")
    if not re.fullmatch(r"(?:[A-Z]{3})+", code):
        return None
    # 'AD!MINIST!RATION' is a search-and-replace accident in the source ('ADMINISTRATION').
    body = body.replace("AD!MINIST!", "ADMINIST")
    texts = [body] + ([plural] if plural and plural.strip() else [])
    phrases: list[str] = []
    try:
        for text in texts:
            for expanded in expand_macros(text, macros):
                phrase = agent_phrase(expanded)
                if phrase is None:
                    return None
                phrases.extend(complete_stem(phrase))
    except KeyError:
        return None
    return [(p, code) for p in dict.fromkeys(phrases)]


AGENT_LINES_READ = "agent file lines read"


def convert_agents(path: Path, stats: Counter[str]) -> list[tuple[str, str, str]]:
    """(phrase, code, source) rows, sorted; a phrase listed again with another code keeps the
    first (the file is ordered by code, so the repeat is usually a slip)."""
    macros: dict[str, list[str]] = {}
    seen: dict[str, str] = {}
    rows: list[tuple[str, str, str]] = []
    with path.open(encoding="utf-8") as handle:
        for lineno, raw in enumerate(handle, 1):
            text = raw.split("#", 1)[0].strip()
            if not text:
                continue
            stats[AGENT_LINES_READ] += 1
            macro = parse_macro(text)
            if macro and "[" not in text:
                macros[macro[0]] = macro[1]
                continue
            parsed = parse_agent_line(text, macros)
            if parsed is None:
                stats["agent lines skipped: malformed"] += 1
                print(f"  skipped malformed agent line {lineno}: {text}", file=sys.stderr)
                continue
            for phrase, code in parsed:
                if phrase in seen:
                    if seen[phrase] != code:
                        stats["agent phrases dropped: repeated with another code (first kept)"] += 1
                    continue
                seen[phrase] = code
                rows.append((phrase, code, f"{AGENTS_FILE}:{lineno}"))
    return sorted(rows)


# ---------------------------------------------------------------------------------------------
# NOTICE
# ---------------------------------------------------------------------------------------------

MIT_LICENCE = """The MIT License (MIT)

Copyright (c) 2014 Open Event Data Alliance

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.
"""


def notice_text(files: str, sources: list[str]) -> str:
    """The NOTICE kept next to the derived data, as the MIT licence requires."""
    source_lines = "".join(f"  petrarch2/data/dictionaries/{name}\n" for name in sources)
    return (
        f"This directory holds {files}, derived from the Phoenix /\n"
        "PETRARCH-2 event-coding dictionaries (https://github.com/openeventdata/petrarch2,\n"
        "commit 676801cd):\n\n"
        f"{source_lines}\n"
        "The data were converted by tools/convert_phoenix.py in the newsift repository, which\n"
        "selects, renames and reformats entries. The original dictionaries are distributed under\n"
        "the following licence, which also covers the derived files:\n\n" + MIT_LICENCE
    )


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def write_jsonl(path: Path, rows: Iterable[dict[str, object]]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def country_names(entries: Iterable[Entry]) -> frozenset[str]:
    """Upper-case names of country blocks ('GREECE', 'CHINA'), so that '(GREECE)' is read as a
    qualifier and not as an acronym."""
    names = set()
    for entry in entries:
        if any(len(r.cameo) == 3 and is_place_code(r.cameo) for r in entry.roles):
            names.add(" ".join(words_of(entry.name)))
    return frozenset(names)


def known_acronyms(entries: Iterable[Entry], places: frozenset[str]) -> frozenset[str]:
    """Acronyms the organisation files vouch for: those written in brackets after a name, and
    one-word names or aliases that spell the initials of some longer name in the files ('NATO_'
    and 'NORTH_ATLANTIC_TREATY_ORGANIZATION_', '+IAEA' ...). Initials alone are not enough:
    they also spell words ('WAR', 'OIL') that must stay in title case."""
    bracketed: set[str] = set()
    initials: set[str] = set()
    single: set[str] = set()
    for entry in entries:
        for raw in [entry.name, *entry.aliases]:
            text, found = split_parenthesised(raw, places)
            bracketed.update(found)
            initials.update(initialisms(text))
            words = words_of(text)
            if len(words) == 1:
                single.add(words[0])
    return frozenset(a for a in bracketed | (single & initials) if 2 <= len(a) <= 6)


def collect_persons(
    files: dict[str, list[Entry]], countries: frozenset[str], stats: Counter[str]
) -> tuple[list[Record], frozenset[str], set[int]]:
    """Persons of the Countries and International files, the given names they use, and the
    lines of International entries that look like people but lack the evidence to be kept."""
    records: list[Record] = []
    for entry in files[COUNTRIES_FILE]:
        reason = person_rejection(entry, countries)
        if reason is None:
            records.append(convert_person(entry, countries, stats))
        else:
            stats[f"{COUNTRIES_FILE} entries not persons: {reason}"] += 1
    # Every first word of a Countries person counts: the MilNonState leaders ('HAFIZ_SAEED__')
    # have names that occur only once there. Particles are left out ('AL_JAZEERA').
    given_names = frozenset(r.name.split()[0].upper() for r in records) - {p.upper() for p in PARTICLES}
    # The International file is mostly organisations, so a person-shaped name there also needs
    # evidence (a known given name, a dated or elite role): 'CEN_SAD_ [IGOAFRBUS]' and
    # 'OHCHR_NEPAL_' are bodies. Names with neither are left out of both files.
    unsure: set[int] = set()
    for entry in files[INTERNATIONAL_FILE]:
        if is_person(entry, countries):
            if looks_like_person(entry.name, given_names, entry.roles, entry.note, entry.aliases):
                records.append(convert_person(entry, countries, stats))
            else:
                unsure.add(entry.line)
    return records, given_names, unsure


def collect_orgs(
    files: dict[str, list[Entry]],
    countries: frozenset[str],
    places: frozenset[str],
    given_names: frozenset[str],
    unsure: set[int],
    stats: Counter[str],
) -> list[Record]:
    """Organisations of the International and MilNonState files: what is left once people, posts
    ('UN_ENVOY_') and broken names are set aside."""
    acronyms = known_acronyms(files[INTERNATIONAL_FILE] + files[MILNONSTATE_FILE], places)
    records: list[Record] = []
    for filename in (INTERNATIONAL_FILE, MILNONSTATE_FILE):
        for entry in files[filename]:
            text = split_parenthesised(entry.name, places)[0]
            if filename == INTERNATIONAL_FILE and is_person(entry, countries):
                if entry.line in unsure:
                    stats["entries skipped: person-shaped name, no evidence ('CEN_SAD_')"] += 1
                continue  # otherwise already a person
            if not entry.roles:
                stats["entries skipped: no code"] += 1
            elif looks_like_person(
                entry.name,
                frozenset() if entry.roles[0].cameo.startswith("MNC") else given_names,
                entry.roles,
                entry.note,
                entry.aliases,
            ):
                stats["entries skipped: a person is_person refuses ('GLENN_GREENWALD [MED]')"] += 1
            elif is_role_phrase(words_of(text)):
                stats["entries skipped: a post or group of people ('UN_ENVOY_')"] += 1
            elif is_broken_org_name(text):
                stats["entries dropped: broken organisation name (digits, brackets, 1 letter)"] += 1
            else:
                records.append(convert_org(entry, countries, acronyms, places, given_names, stats))
    return records


def write_outputs(
    data_dir: Path, with_ids: list[tuple[str, Record]], agent_rows: list[tuple[str, str, str]]
) -> tuple[int, int]:
    out_dir = data_dir / "actors" / "phoenix"
    n_persons = write_jsonl(out_dir / "persons.jsonl", (person_json(i, r) for i, r in with_ids if r.type == "person"))
    n_orgs = write_jsonl(out_dir / "organizations.jsonl", (org_json(i, r) for i, r in with_ids if r.type != "person"))
    with (data_dir / "agents_phoenix.tsv").open("w", encoding="utf-8", newline="\n") as out:
        for row in agent_rows:
            out.write("\t".join(row) + "\n")
    (out_dir / "NOTICE").write_text(
        notice_text("persons.jsonl and organizations.jsonl", [COUNTRIES_FILE, INTERNATIONAL_FILE, MILNONSTATE_FILE]),
        encoding="utf-8",
    )
    (data_dir / "agents_phoenix.NOTICE").write_text(
        notice_text("agents_phoenix.tsv", [AGENTS_FILE]), encoding="utf-8"
    )
    return n_persons, n_orgs


def print_summary(stats: Counter[str], files: dict[str, list[Entry]], written: dict[str, int]) -> None:
    print("Entries read:")
    for name, entries in files.items():
        print(f"  {name}: {len(entries)} entries")
    print(f"  {AGENTS_FILE}: {stats.pop(AGENT_LINES_READ, 0)} lines")
    for what, count in written.items():
        print(f"{what} written: {count}")
    sections = {
        "Aliases dropped, by reason:": lambda key: "alias" in key,
        "Entries dropped or skipped, by reason:": lambda key: "entries" in key and "merged" not in key,
        "Agent lines and phrases:": lambda key: key.startswith("agent"),
    }
    shown: set[str] = set()
    for title, belongs in [*sections.items(), ("Merged and repaired:", lambda key: True)]:
        keys = sorted(k for k in stats if k not in shown and belongs(k))
        if keys:
            print(title)
            for key in keys:
                print(f"  {key}: {stats[key]}")
            shown.update(keys)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dictionaries", type=Path, help="directory holding the Phoenix.*.txt files")
    parser.add_argument("data_dir", type=Path, help="newsift data directory (src/newsift/data)")
    args = parser.parse_args(argv)

    stats: Counter[str] = Counter()
    files = {
        name: read_actor_file(args.dictionaries / name, stats)
        for name in (COUNTRIES_FILE, INTERNATIONAL_FILE, MILNONSTATE_FILE)
    }
    countries = derive_country_codes(files[COUNTRIES_FILE])
    places = country_names(files[COUNTRIES_FILE])

    person_records, given_names, unsure = collect_persons(files, countries, stats)
    org_records = collect_orgs(files, countries, places, given_names, unsure, stats)
    everyone = resolve_ambiguity(merge_persons(person_records, stats) + merge_orgs(org_records, stats), stats)
    agent_rows = convert_agents(args.dictionaries / AGENTS_FILE, stats)
    n_persons, n_orgs = write_outputs(args.data_dir, assign_ids(everyone), agent_rows)

    written = {"Persons": n_persons, "Organisations": n_orgs, "Agent phrases": len(agent_rows)}
    print_summary(stats, files, written)
    return 0


if __name__ == "__main__":
    sys.exit(main())
