"""Plain-text tables of gold or PolNeAR scores."""

from __future__ import annotations

from typing import Any

QUOTE_COLUMNS = (
    ("gold", "gold"), ("pred", "predicted"), ("P", "precision"), ("R", "recall"), ("F1", "f1"),
    ("spk acc", "speaker_accuracy"), ("e2e P", "e2e_precision"), ("e2e R", "e2e_recall"),
    ("e2e F1", "e2e_f1"),
)


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _quote_table(rows: list[tuple[str, dict[str, Any]]]) -> list[str]:
    header = ["", *(label for label, _ in QUOTE_COLUMNS)]
    body = [[label, *(_cell(figs.get(key)) for _, key in QUOTE_COLUMNS)] for label, figs in rows]
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
    return [
        "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                  for i, (cell, w) in enumerate(zip(row, widths, strict=True)))
        for row in [header, *body]
    ]


def _fraction(n: int, total: int) -> str:
    return f"{n}/{total}" + (f" ({n / total:.3f})" if total else "")


def _gold_table(scores: dict[str, Any]) -> list[str]:
    q = scores["quotes"]
    docs = scores.get("documents", 1)
    lines = [f"Gold: {docs} document(s)" if "documents" in scores
             else f"Gold: {scores.get('document')}", ""]
    lines.append(f"Quotes ({q['neutral']} predictions matched optional quotes only)")
    lines += _quote_table([("all", q), *q["by_kind"].items()])
    e, t, ev = scores["entities"], scores["times"], scores["events"]
    lines += [
        "",
        f"Entities   found {_fraction(e['found'], e['total'])}"
        f"   clustered {_fraction(e['clustered'], e['total'])}"
        f"   roles {_fraction(e['roles_found'], e['roles_total'])}",
        f"Times      right {_fraction(t['right'], t['total'])}",
        f"Events     found {_fraction(ev['found'], ev['total'])}   others {ev['others']}",
        f"Metadata   right {_fraction(scores['metadata']['right'], scores['metadata']['total'])}",
        f"Published  right {_fraction(scores['published']['right'], scores['published']['total'])}",
    ]
    return lines


def _polnear_table(scores: dict[str, Any]) -> list[str]:
    lines = [f"PolNeAR: {scores['articles']} article(s)", ""]
    lines += _quote_table([("direct", scores["direct"]), ("all", scores["all"])])
    lines += [f"warning: {w}" for w in scores.get("warnings", [])]
    return lines


def format_table(scores: dict[str, Any]) -> str:
    """A plain-text table of gold or PolNeAR scores (one document or aggregated)."""
    lines = _polnear_table(scores) if "articles" in scores else _gold_table(scores)
    return "\n".join(lines) + "\n"
