"""The terminal report: one readable page per analysed article (a sink; it only renders)."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsift.model import Analysis

_SNIPPET = 90


def render_report(analysis: Analysis) -> RenderableType:
    """All sections for one article; an empty section says so in one line."""
    return Group(
        _article_panel(analysis),
        _section("Actors", len(analysis.actors), _actors_table(analysis)),
        _section("Events", len(analysis.events), _events_table(analysis)),
        _section("Claims", len(analysis.claims), _claims_table(analysis)),
        _section("Times", len(analysis.times), _times_table(analysis)),
        _section("Places", len(analysis.places), _places_table(analysis)),
        _section("Framing", len(analysis.framing.cues) + len(analysis.framing.labels), _framing_tables(analysis)),
    )


def _article_panel(analysis: Analysis) -> Panel:
    article = analysis.article
    rows = Table.grid(padding=(0, 2))
    rows.add_column(style="bold")
    rows.add_column()
    rows.add_row("id", article.id)
    rows.add_row("outlet", article.outlet or "-")
    rows.add_row("published", article.published.isoformat() if article.published else "-")
    if article.url:
        rows.add_row("url", article.url)
    if article.dateline:
        line = article.dateline
        parts = [line.place or "-", line.agency or "no agency"]
        if line.region:
            parts.insert(1, line.region)
        if line.date:
            parts.append(f"{line.date.text} = {line.date.value or 'unresolved'}")
        rows.add_row("dateline", " · ".join(parts) + f"   [dim]({line.start}-{line.end})[/dim]")
    else:
        rows.add_row("dateline", "none found")
    rows.add_row("size", f"{len(article.text.split()):,} words, {len(article.text):,} characters")
    title = Text(article.title or "(untitled)", style="bold")
    return Panel(rows, title=title, title_align="left", box=box.ROUNDED)


def _section(name: str, count: int, body: RenderableType | None) -> RenderableType:
    heading = Text(f"\n{name} ({count})", style="bold cyan")
    if not count or body is None:
        return Group(heading, Text("  none found", style="dim"))
    return Group(heading, body)


def _table(*columns: str) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _snippet(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _SNIPPET else flat[: _SNIPPET - 1] + "…"


def _actors_table(analysis: Analysis) -> Table | None:
    table = _table("actor", "id", "type", "mentions", "as written")
    for actor in analysis.actors:
        written = sorted({mention.text for mention in actor.mentions})
        name = actor.name if actor.resolved else f"{actor.name} [dim](unresolved)[/dim]"
        table.add_row(name, actor.id, actor.type or "-", str(len(actor.mentions)), _snippet(", ".join(written)))
    return table


def _actor_names(analysis: Analysis) -> dict[str, str]:
    return {actor.id: actor.name for actor in analysis.actors}


def _events_table(analysis: Analysis) -> Table | None:
    names = _actor_names(analysis)
    table = _table("source", "event", "target", "status", "date", "evidence")
    for event in analysis.events:
        code = f"{event.cameo} {event.plover or ''}".strip()
        date = f"{event.date.value} ({event.date.precision})" if event.date and event.date.value else "-"
        table.add_row(
            names.get(event.source or "", event.source or "-"),
            code,
            names.get(event.target or "", event.target or "-"),
            event.status,
            date,
            _snippet(event.trigger.text),
        )
    return table


def _claims_table(analysis: Analysis) -> Table | None:
    names = _actor_names(analysis)
    table = _table("speaker", "kind", "cue", "medium", "content")
    for claim in analysis.claims:
        speaker = names.get(claim.speaker or "", None) or claim.speaker_text or "(unnamed)"
        table.add_row(speaker, claim.kind, claim.cue or "-", claim.medium or "-", _snippet(claim.content.text))
    return table


def _times_table(analysis: Analysis) -> Table | None:
    table = _table("as written", "value", "precision", "modifier")
    for time in analysis.times:
        table.add_row(time.text, time.value or "unresolved", time.precision or "-", time.mod or "-")
    return table


def _places_table(analysis: Analysis) -> Table | None:
    table = _table("as written", "place", "country", "lat, lon", "kind")
    for place in analysis.places:
        where = f"{place.lat:.3f}, {place.lon:.3f}" if place.lat is not None and place.lon is not None else "-"
        country = f"{place.country or '-'} (held by {place.occupied_by})" if place.occupied_by else place.country or "-"
        table.add_row(place.text, place.name, country, where, place.kind)
    return table


def _framing_tables(analysis: Analysis) -> RenderableType | None:
    names = _actor_names(analysis)
    framing = analysis.framing
    parts: list[RenderableType] = []
    summary = framing.summary
    if summary:
        rates = ", ".join(f"{category} {count}" for category, count in summary.get("by_category", {}).items()) or "none"
        line = (
            f"  outlet voice: {summary.get('outlet_cues', 0)} cues ({summary.get('outlet_cues_per_1000_words', 0)} per 1,000 words: {rates}); "
            f"quoted voices: {summary.get('quoted_cues', 0)} cues"
        )
        parts.append(Text(line))
    if framing.cues:
        cues = _table("as written", "category", "voice", "about", "neutral alternative")
        for cue in framing.cues:
            voice = cue.voice if cue.voice == "outlet" else f"quoted ({names.get(cue.speaker or '', cue.speaker or 'unattributed')})"
            if cue.self_designation:
                voice += ", self-designation"
            neutral = "(drop)" if cue.neutral == "" else cue.neutral or "-"
            cues.add_row(cue.text, cue.category, voice, names.get(cue.target or "", cue.target or "-"), neutral)
        parts.append(cues)
    if framing.labels:
        labels = _table("actor", "described as", "how", "tone", "times")
        for label in framing.labels:
            tone = label.polarity if label.voice == "outlet" else f"{label.polarity} (quoted)"
            labels.add_row(names.get(label.actor, label.actor), label.text, label.kind, tone, str(label.count))
        parts.append(labels)
    sourcing = framing.sourcing
    if sourcing.assertions:
        voices = ", ".join(
            f"{names.get(voice.speaker or '', voice.speaker_text or 'unnamed')} {voice.quoted_chars} chars" for voice in sourcing.voices if voice.quoted_chars
        ) or "no direct quotes"
        parts.append(
            Text(
                f"  sourcing: {sourcing.attributed} of {sourcing.assertions} statements attributed; "
                f"{sourcing.named_sources} named and {sourcing.anonymous_sources} unnamed sources; quoted: {voices}"
            )
        )
    return Group(*parts) if parts else None