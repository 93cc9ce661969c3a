"""One exception family; every message tells the user what to do next."""

from __future__ import annotations


class NewsiftError(Exception):
    """Base class: the CLI prints the message on one line, without a traceback."""


class InputError(NewsiftError):
    """An input could not be read or is not an article (missing, binary, empty, too big...)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class UsageError(NewsiftError):
    """The command line asks for something that cannot be done."""


class KnowledgeError(NewsiftError):
    """A knowledge file (actors, lexicon, gazetteer, framing) is malformed."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line
        self.message = message


def raise_first(problems: list[KnowledgeError], check_command: str) -> None:
    """Raise the first of ``problems`` (if any), saying how many more ``check_command`` lists."""
    if not problems:
        return
    first = problems[0]
    more = f" (and {len(problems) - 1} more problem(s); run `{check_command}` on the file)" if len(problems) > 1 else ""
    raise KnowledgeError(first.path, first.line, first.message + more)
