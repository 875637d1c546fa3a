"""Co-occurrence networks: who is named in the same articles as whom (networkx + matplotlib).

Layouts use a fixed seed, so the same corpus always draws the same picture.
"""
from __future__ import annotations

import networkx as nx
import pandas as pd
from matplotlib.figure import Figure

from .corpus import Corpus
from .views import _actor, _empty, _say, _shorten, actors, co_actors, co_occurrences

LAYOUT_SEED = 7


def ego_graph(corpus: Corpus, actor, *, n: int = 12) -> nx.Graph:
    """The actor, the ``n`` actors most often named with them, and every tie among those:
    nodes carry ``name`` and ``articles``, edges ``weight`` (shared articles)."""
    actor = _actor(corpus, actor)
    neighbours = co_actors(corpus, actor, n=n)
    keep = [actor["actor_id"], *neighbours["actor_id"]]
    info = actors(corpus).set_index("actor_id")
    graph = nx.Graph()
    for actor_id in keep:
        row = info.loc[actor_id] if actor_id in info.index else actor
        graph.add_node(actor_id, name=row["name"], articles=int(row["articles"]),
                       ego=actor_id == actor["actor_id"])
    if len(keep) > 1:
        pairs = co_occurrences(corpus, among=set(keep))
        for a, b, weight in pairs.itertuples(index=False):
            graph.add_edge(a, b, weight=int(weight))
    return graph


def ego_network(corpus: Corpus, actor, *, n: int = 12) -> tuple[Figure | None, pd.DataFrame]:
    """The co-occurrence network around an actor, drawn, and its edge table
    (source, target, shared_articles)."""
    actor = _actor(corpus, actor)
    graph = ego_graph(corpus, actor, n=n)
    names = nx.get_node_attributes(graph, "name")
    edges = sorted(graph.edges(data="weight"), key=lambda e: (-e[2], names[e[0]], names[e[1]]))
    table = pd.DataFrame([{"source": names[a], "target": names[b], "shared_articles": w,
                           "source_id": a, "target_id": b} for a, b, w in edges])
    if graph.number_of_edges() == 0:
        _say(f"{actor['name']} is named with no other person in this period.")
        return None, _empty(["source", "target", "shared_articles", "source_id", "target_id"])
    pos = nx.spring_layout(graph, seed=LAYOUT_SEED, weight="weight", k=1.2 / max(1, len(graph)) ** 0.5)
    fig = Figure(figsize=(8.0, 6.0), layout="constrained")
    ax = fig.subplots()
    articles = nx.get_node_attributes(graph, "articles")
    peak = max(articles.values()) or 1
    sizes = [250 + 1200 * articles[node] / peak for node in graph]
    colors = ["#c62828" if graph.nodes[node]["ego"] else "#90a4ae" for node in graph]
    top_weight = max(w for _, _, w in edges) or 1
    nx.draw_networkx_edges(graph, pos, ax=ax, width=[0.8 + 4 * w / top_weight for _, _, w in graph.edges(data="weight")],
                           edge_color="#b0bec5")
    nx.draw_networkx_nodes(graph, pos, ax=ax, node_size=sizes, node_color=colors, linewidths=0.5,
                           edgecolors="white")
    nx.draw_networkx_labels(graph, pos, ax=ax, labels={k: _shorten(v, 24) for k, v in names.items()},
                            font_size=8)
    ax.set_title(f"Who is named with {actor['name']} (node size: articles; line width: shared articles)")
    ax.set_axis_off()
    ax.margins(0.12)
    return fig, table
