"""Skip what is done before analysing it: what makes a killed run resumable.

Every batch is committed in one transaction, so after a kill (even ``kill -9``) the store holds
whole batches and nothing else. Started again, a run reads its input from the start and
``NewArticles`` drops every article whose id (the content hash) is already stored, before the
model sees it; the writer skips a stored id too, so nothing is stored twice even if two runs
overlap. An article is lost only if it was never committed, and then it is analysed again.

Ids handed on in this run but not yet committed are remembered in a bounded window, so an
article repeated in the input is not analysed twice while its first copy is in flight; once
committed the store itself answers.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator

from newsgraph.errors import DocumentError
from newsgraph.model import Article

# Far more ids than can be in flight (workers x chunks x batch size): an older id is committed.
RECENT_IDS = 100_000


class NewArticles:
    """Filter a stream of articles and read errors down to the articles still to analyse."""

    def __init__(
        self,
        is_stored: Callable[[str], bool],
        *,
        on_skip: Callable[[Article], None] | None = None,
        on_unreadable: Callable[[DocumentError], None] | None = None,
    ) -> None:
        self.is_stored = is_stored
        self.on_skip = on_skip
        self.on_unreadable = on_unreadable
        self.recent: OrderedDict[str, None] = OrderedDict()
        self.skipped = 0

    def __call__(self, items: Iterable[Article | DocumentError]) -> Iterator[Article]:
        for item in items:
            if isinstance(item, DocumentError):
                if self.on_unreadable is not None:
                    self.on_unreadable(item)
            elif item.id in self.recent or self.is_stored(item.id):
                self.skipped += 1
                if self.on_skip is not None:
                    self.on_skip(item)
            else:
                self._remember(item.id)
                yield item

    def _remember(self, article_id: str) -> None:
        self.recent[article_id] = None
        if len(self.recent) > RECENT_IDS:
            self.recent.popitem(last=False)
