"""Times the analysis metrics with python-igraph and networkx on an edge list, for the analysis bench.

argv: edge-list file, node count, networkx betweenness pivots (its exact run is extrapolated from them).
Prints JSON: seconds per metric per tool.
"""
import json
import sys
import time

import igraph
import networkx as nx


def timed(work):
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def main():
    path, nodes, pivots = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    with open(path) as f:
        edges = [tuple(map(int, line.split())) for line in f if line.strip()]
    result = {"igraph": {}, "networkx": {}}
    ig_load, ig = timed(lambda: igraph.Graph(n=nodes, edges=edges, directed=False))
    result["igraph"]["load"] = ig_load
    result["igraph"]["betweenness"] = timed(lambda: ig.betweenness(directed=False))[0]
    result["igraph"]["closeness"] = timed(lambda: ig.closeness())[0]
    result["igraph"]["pageRank"] = timed(lambda: ig.pagerank())[0]
    result["igraph"]["components"] = timed(lambda: ig.connected_components())[0]
    result["igraph"]["articulationPoints"] = timed(lambda: ig.articulation_points())[0]
    result["igraph"]["bridges"] = timed(lambda: ig.bridges())[0]
    result["igraph"]["louvain"] = timed(lambda: ig.community_multilevel())[0]
    result["igraph"]["clustering"] = timed(lambda: ig.transitivity_avglocal_undirected(mode="zero"))[0]
    result["igraph"]["layout"] = timed(lambda: ig.layout_fruchterman_reingold(niter=100, grid="grid"))[0]

    g = nx.Graph()
    g.add_nodes_from(range(nodes))
    g.add_edges_from(edges)
    k = min(pivots, nodes)
    sampled = timed(lambda: nx.betweenness_centrality(g, k=k, seed=1))[0]
    result["networkx"]["betweennessExtrapolated"] = sampled * nodes / k
    result["networkx"]["pageRank"] = timed(lambda: nx.pagerank(g))[0]
    result["networkx"]["components"] = timed(lambda: list(nx.connected_components(g)))[0]
    result["networkx"]["articulationPoints"] = timed(lambda: list(nx.articulation_points(g)))[0]
    result["networkx"]["bridges"] = timed(lambda: list(nx.bridges(g)))[0]
    result["networkx"]["louvain"] = timed(
        lambda: nx.algorithms.community.louvain_communities(g, seed=1)
    )[0]
    result["networkx"]["clustering"] = timed(lambda: nx.average_clustering(g))[0]
    json.dump(result, sys.stdout)


main()
