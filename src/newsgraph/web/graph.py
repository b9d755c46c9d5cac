"""Who speaks about whom, laid out on the server (networkx) and drawn as SVG by a template.

No JavaScript and nothing fetched: the page is the picture. Positions are deterministic
(a fixed seed), so the same store draws the same graph.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import networkx as nx

from newsgraph.store.results import SpeakerEdge

WIDTH, HEIGHT, MARGIN = 960, 640, 70  # viewBox units; the SVG scales to the screen
LAYOUT_SEED = 7
NODE_RADIUS = (6.0, 22.0)  # smallest, largest


@dataclass(slots=True)
class Node:
    id: str
    name: str
    type: str
    speaker: bool  # said something (else only spoken about)
    weight: int  # quotations that touch it
    x: float = 0.0
    y: float = 0.0
    r: float = NODE_RADIUS[0]

    @property
    def label_left(self) -> bool:
        """Labels on the right half go to the left of their node, so none runs off the picture."""
        return self.x > WIDTH / 2

    @property
    def label_x(self) -> float:
        return round(self.x - self.r - 4 if self.label_left else self.x + self.r + 4, 1)


@dataclass(slots=True)
class Edge:
    source: Node
    target: Node
    quotes: int
    x1: float = 0.0
    y1: float = 0.0
    x2: float = 0.0
    y2: float = 0.0
    width: float = 1.0


@dataclass(slots=True)
class GraphPicture:
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    width: int = WIDTH
    height: int = HEIGHT


def speaker_picture(edges: Sequence[SpeakerEdge]) -> GraphPicture:
    nodes = _nodes(edges)
    if not nodes:
        return GraphPicture()
    _place(nodes, edges)
    heaviest = max(n.weight for n in nodes.values())
    for node in nodes.values():
        node.r = NODE_RADIUS[0] + (NODE_RADIUS[1] - NODE_RADIUS[0]) * math.sqrt(node.weight / heaviest)
    strongest = max(e.quotes for e in edges)
    drawn = [_edge(nodes[e.speaker_id], nodes[e.about_id], e.quotes, strongest) for e in edges]
    return GraphPicture(sorted(nodes.values(), key=lambda n: n.weight), drawn)


def _nodes(edges: Sequence[SpeakerEdge]) -> dict[str, Node]:
    nodes: dict[str, Node] = {}
    for e in edges:
        speaker = nodes.setdefault(e.speaker_id, Node(e.speaker_id, e.speaker, "PERSON", True, 0))
        speaker.speaker = True
        speaker.weight += e.quotes
        nodes.setdefault(e.about_id, Node(e.about_id, e.about, e.about_type, False, 0)).weight += e.quotes
    return nodes


def _place(nodes: dict[str, Node], edges: Sequence[SpeakerEdge]) -> None:
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    for e in edges:
        graph.add_edge(e.speaker_id, e.about_id, weight=e.quotes)
    k = 1.6 / math.sqrt(max(len(nodes), 1))  # looser than the default: room for labels
    positions = nx.spring_layout(graph, k=k, seed=LAYOUT_SEED, iterations=120)
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    for node_id, (x, y) in positions.items():
        nodes[node_id].x = _scale(x, min(xs), max(xs), MARGIN, WIDTH - MARGIN)
        nodes[node_id].y = _scale(y, min(ys), max(ys), MARGIN, HEIGHT - MARGIN)


def _scale(v: float, lo: float, hi: float, out_lo: float, out_hi: float) -> float:
    if hi - lo < 1e-9:
        return (out_lo + out_hi) / 2
    return round(out_lo + (v - lo) / (hi - lo) * (out_hi - out_lo), 1)


def _edge(source: Node, target: Node, quotes: int, strongest: int) -> Edge:
    """A line from the speaker's rim to the target's rim, so the arrowhead shows."""
    dx, dy = target.x - source.x, target.y - source.y
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    return Edge(
        source, target, quotes,
        round(source.x + ux * source.r, 1), round(source.y + uy * source.r, 1),
        round(target.x - ux * (target.r + 4), 1), round(target.y - uy * (target.r + 4), 1),
        round(1.0 + 4.0 * quotes / strongest, 1),
    )
