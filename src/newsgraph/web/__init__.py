"""The web pages' templates and static files, and the Jinja environment that renders them.

Autoescape is on for every template: article text, titles, names and URLs are untrusted.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlsplit

from jinja2 import Environment, FileSystemLoader
from starlette.templating import Jinja2Templates

TEMPLATES_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"
LINK_SCHEMES = ("http", "https")  # anything else (javascript:, data:) is shown, never linked


def safe_url(value: str | None) -> str | None:
    """An article's own URL if it is http(s), else None (the template then prints it as text)."""
    if not value:
        return None
    try:
        scheme = urlsplit(value.strip()).scheme.lower()
    except ValueError:
        return None
    return value.strip() if scheme in LINK_SCHEMES else None


def path_part(value: str) -> str:
    """One path segment: a name with / or ? in it stays one segment."""
    return quote(str(value), safe="")


def make_templates() -> Jinja2Templates:
    # Records are dicts whose optional keys may be absent: a missing one renders as nothing.
    env = Environment(loader=FileSystemLoader(TEMPLATES_DIR), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["safe_url"] = safe_url
    env.filters["path_part"] = path_part
    return Jinja2Templates(env=env)
