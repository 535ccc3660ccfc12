"""Computes the figures the API serves with networkx and python-igraph, for the analysis tests.

Reads JSON from stdin: {"nodes": n, "edges": [[a, b], ...]} (undirected, nodes 0..n-1), or {"karate": true}
for Zachary's karate club as networkx ships it. Writes JSON with per-node lists and network figures.
"""
import json
import sys

import igraph
import networkx as nx


def main():
    request = json.load(sys.stdin)
    if request.get("karate"):
        g = nx.karate_club_graph()
        n = g.number_of_nodes()
        edges = [[a, b] for a, b in g.edges()]
    else:
        n = request["nodes"]
        edges = request["edges"]
        g = nx.Graph()
        g.add_nodes_from(range(n))
        g.add_edges_from(edges)
    nodes = list(range(n))
    g.remove_edges_from(list(nx.selfloop_edges(g)))
    ig = igraph.Graph(n=n, edges=[tuple(e) for e in edges], directed=False)
    ig.simplify()
    pairs = (n - 1) * (n - 2) / 2 if n > 2 else 1
    seed = request.get("seed", 1)
    louvain = nx.algorithms.community.louvain_communities(g, weight=None, seed=seed)
    partition = request.get("partition")
    betweenness = nx.betweenness_centrality(g, normalized=True)
    closeness = nx.closeness_centrality(g)
    page_rank = nx.pagerank(g, alpha=0.85, tol=1e-14, max_iter=10000, weight=None)
    result = {
        "edges": [[a, b] for a, b in g.edges()],
        "degree": [g.degree(v) for v in nodes],
        "betweenness": [betweenness[v] for v in nodes],
        "igraphBetweenness": [b / pairs for b in ig.betweenness(directed=False)],
        "closeness": [closeness[v] for v in nodes],
        "pageRank": [page_rank[v] for v in nodes],
        "igraphPageRank": ig.pagerank(damping=0.85, directed=False),
        "components": sorted(sorted(c) for c in nx.connected_components(g)),
        "articulationPoints": sorted(nx.articulation_points(g)),
        "bridges": sorted(sorted(e) for e in nx.bridges(g)),
        "averageClustering": nx.average_clustering(g),
        "density": nx.density(g),
        "louvainModularity": nx.algorithms.community.modularity(g, louvain, weight=None),
    }
    if partition is not None:
        groups = {}
        for v, c in enumerate(partition):
            groups.setdefault(c, set()).add(v)
        result["modularityOfPartition"] = nx.algorithms.community.modularity(g, groups.values(), weight=None)
    sources = request.get("pathsFrom", [])
    result["pathLengths"] = [
        [nx.single_source_shortest_path_length(g, s).get(v, -1) for v in nodes] for s in sources
    ]
    json.dump(result, sys.stdout)


main()
