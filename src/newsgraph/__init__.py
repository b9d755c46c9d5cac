"""newsgraph: who said what, to whom, who did what, where and when."""

from newsgraph.model import Article, Entity, Event, Quote, Record, TimeExpr
from newsgraph.pipeline import analyze
from newsgraph.store import Store

__all__ = ["Article", "Entity", "Event", "Quote", "Record", "Store", "TimeExpr", "analyze"]
__version__ = "0.1.0"
