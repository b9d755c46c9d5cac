"""The HTTP API and the web pages, from one FastAPI app: ``create_app(store_or_path)``.

Routes are thin: they validate parameters (``params``), call one function of ``data`` (which
calls the store's named queries) and return JSON or render a template with the same result.
"""

from newsgraph.api.app import create_app

__all__ = ["create_app"]
