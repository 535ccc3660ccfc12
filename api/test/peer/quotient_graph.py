"""networkx's quotient graph of an undirected network by a partition, for the groups test.

Reads JSON from stdin: {"nodes": [...ids], "edges": [[a, b], ...] (ids), "blocks": [[ids...], ...]}. Writes per
block its size and internal edges, and per pair of blocks (i < j, indexes into blocks) the edges between them.
"""
import json
import sys

import networkx as nx


def main():
    request = json.load(sys.stdin)
    g = nx.Graph()
    g.add_nodes_from(request["nodes"])
    g.add_edges_from(request["edges"])
    g.remove_edges_from(list(nx.selfloop_edges(g)))
    blocks = [frozenset(block) for block in request["blocks"]]
    q = nx.quotient_graph(g, blocks, relabel=False)
    index = {block: i for i, block in enumerate(blocks)}
    links = sorted(
        [min(index[a], index[b]), max(index[a], index[b]), data["weight"]]
        for a, b, data in q.edges(data=True)
    )
    print(json.dumps({
        "blocks": [{"nnodes": q.nodes[b]["nnodes"], "nedges": q.nodes[b]["nedges"]} for b in blocks],
        "links": links,
        "edges": g.number_of_edges(),
    }))


main()
