"""newsift: news articles in, checkable evidence out (events, claims, framing)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsift")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
