"""Opens every export in a folder with the tools researchers use and prints what they read, as JSON.

Usage: /usr/bin/python3 read_exports.py <folder>
The folder holds network.graphml, network.gexf, nodes.csv, edges.csv, node-link.json.
Warnings are turned into errors: a file must open cleanly.
"""
import json
import sys
import warnings

warnings.simplefilter("error")

import igraph  # noqa: E402
import networkx as nx  # noqa: E402
import pandas as pd  # noqa: E402
from networkx.readwrite import gexf as nx_gexf  # noqa: E402

# networkx 2.8 knows GEXF 1.1draft and 1.2draft only; 1.3 differs by its namespaces, so register them.
nx_gexf.GEXF.versions["1.3"] = {
    "NS_GEXF": "http://gexf.net/1.3",
    "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    "VERSION": "1.3",
}

folder = sys.argv[1]


def plain(value):
    if isinstance(value, float) and value != value:
        return None
    return value


def edge_data(graph):
    """Edge attributes by relationship id: the multigraph key, or the GraphML `id` networkx keeps as data."""
    if graph.is_multigraph():
        edges = graph.edges(keys=True, data=True)
        return {str(k): {a: plain(v) for a, v in d.items()} for _, _, k, d in edges}
    return {str(d.get("id")): {a: plain(v) for a, v in d.items()} for _, _, d in graph.edges(data=True)}


def networkx_summary(graph):
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "graph": {k: plain(v) for k, v in graph.graph.items() if not isinstance(v, dict)},
        "node_data": {str(n): {k: plain(v) for k, v in d.items()} for n, d in graph.nodes(data=True)},
        "edge_data": edge_data(graph),
    }


graphml = nx.read_graphml(f"{folder}/network.graphml")
gexf = nx.read_gexf(f"{folder}/network.gexf", version="1.3")
with open(f"{folder}/node-link.json", encoding="utf-8") as handle:
    node_link = nx.node_link_graph(json.load(handle))

ig = igraph.Graph.Read_GraphML(f"{folder}/network.graphml")
nodes_csv = pd.read_csv(f"{folder}/nodes.csv", dtype=str, keep_default_na=False)
edges_csv = pd.read_csv(f"{folder}/edges.csv", dtype=str, keep_default_na=False)

print(
    json.dumps(
        {
            "graphml": networkx_summary(graphml),
            "gexf": networkx_summary(gexf),
            "node_link": networkx_summary(node_link),
            "igraph": {
                "vcount": ig.vcount(),
                "ecount": ig.ecount(),
                "labels": dict(zip(ig.vs["id"], ig.vs["label"])),
                "lon": dict(zip(ig.vs["id"], [plain(v) for v in ig.vs["lon"]])),
            },
            "csv": {
                "nodes": nodes_csv.to_dict(orient="records"),
                "edges": edges_csv.to_dict(orient="records"),
                "node_columns": list(nodes_csv.columns),
            },
        },
        ensure_ascii=False,
    )
)
