"""Markup fragments (feed entries) to plain text with paragraph breaks."""

from __future__ import annotations

import re

_BLOCKS = {
    "p", "div", "li", "ul", "ol", "blockquote", "section", "article", "header", "footer",
    "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "figure", "figcaption", "pre",
}  # fmt: skip
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def fragment_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment; block elements become paragraphs, <br> a line break."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for element in root.iter("script", "style"):
        element.drop_tree()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif element.tag in _BLOCKS:
            element.tail = "\n\n" + (element.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
