"""What keeps the server safe to open: security headers on every response, the request body
limit (FastAPI's ``max_body_size``), and the bearer token that alone unlocks writing.

Article text is untrusted (anyone can publish a page with ``<script>`` in it); the templates
escape it, and the Content-Security-Policy below makes sure no inline script could run anyway.
"""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Scripts, styles, images and fonts come only from this server; no inline script or style runs,
# no plugin loads, no other site may frame the pages, forms post only here.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
    " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}
MAX_BODY_BYTES = 5_000_000  # an article's HTML rarely passes 1 MB; more is a mistake or an attack


class SecurityHeaders:
    """Add ``SECURITY_HEADERS`` to every HTTP response, pages, JSON, static files and errors alike."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def check_bearer(request: Request, token: str) -> None:
    """Raise 401 unless ``Authorization: Bearer <token>`` matches, compared in constant time."""
    scheme, _, supplied = request.headers.get("authorization", "").partition(" ")
    # Compare even when the header is missing or malformed, so timing says nothing of why it failed.
    matches = hmac.compare_digest(supplied.strip().encode(), token.encode())
    if not (matches and scheme.lower() == "bearer"):
        raise HTTPException(401, "a valid ingest token is required", headers={"WWW-Authenticate": "Bearer"})
