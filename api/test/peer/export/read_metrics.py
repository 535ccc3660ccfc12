"""Reads the analysis metric columns of every export in a folder with the tools researchers use, and computes
networkx's own betweenness on the exported GraphML, printed as JSON.

Usage: /usr/bin/python3 read_metrics.py <folder>
The folder holds network.graphml, network.gexf, nodes.csv, node-link.json and network.geojson (export-files.ts).
Warnings are errors: a file must open cleanly.
"""
import json
import sys
import warnings

warnings.simplefilter("error")

import igraph  # noqa: E402
import networkx as nx  # noqa: E402
import pandas as pd  # noqa: E402
from networkx.readwrite import gexf as nx_gexf  # noqa: E402

nx_gexf.GEXF.versions["1.3"] = {
    "NS_GEXF": "http://gexf.net/1.3",
    "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    "VERSION": "1.3",
}

METRICS = [
    "degree",
    "weighted_degree",
    "betweenness",
    "closeness",
    "pagerank",
    "community",
    "community_name",
    "community_name_en",
    "brokerage",
    "component",
    "is_cut_vertex",
]

folder = sys.argv[1]


def plain(value):
    if isinstance(value, float) and value != value:
        return None
    if hasattr(value, "item"):  # numpy scalars from pandas
        return value.item()
    return value


def networkx_metrics(graph):
    return {str(n): {m: plain(d.get(m)) for m in METRICS} for n, d in graph.nodes(data=True)}


graphml = nx.read_graphml(f"{folder}/network.graphml")
gexf = nx.read_gexf(f"{folder}/network.gexf", version="1.3")
with open(f"{folder}/node-link.json", encoding="utf-8") as handle:
    node_link = nx.node_link_graph(json.load(handle))
ig = igraph.Graph.Read_GraphML(f"{folder}/network.graphml")
# pandas infers the column types: numbers, booleans and text as a spreadsheet user would get them. The file
# holds every double in its shortest round-trip form; pandas' default fast parser may be off in the last digit.
nodes_csv = pd.read_csv(f"{folder}/nodes.csv", encoding="utf-8", float_precision="round_trip")
with open(f"{folder}/network.geojson", encoding="utf-8") as handle:
    geojson = json.load(handle)

# networkx's own betweenness on the exported graph, the way the analysis sees it: undirected, parallel ties
# as one edge, normalised over pairs.
simple = nx.Graph(graphml.to_undirected())
nx_betweenness = nx.betweenness_centrality(simple, normalized=True)
nx_closeness = nx.closeness_centrality(simple)

print(
    json.dumps(
        {
            "graphml": networkx_metrics(graphml),
            "graphml_graph": {k: plain(v) for k, v in graphml.graph.items()},
            "gexf": networkx_metrics(gexf),
            "node_link": networkx_metrics(node_link),
            "node_link_graph": node_link.graph,
            "igraph": {
                v["id"]: {m: plain(v[m]) if m in ig.vs.attributes() else None for m in METRICS}
                for v in ig.vs
            },
            "csv": {
                str(row["id"]): {m: plain(row[m]) for m in METRICS}
                for row in nodes_csv.to_dict(orient="records")
            },
            "csv_dtypes": {m: str(nodes_csv[m].dtype) for m in METRICS},
            "geojson": {
                f["id"]: {m: f["properties"].get(m) for m in METRICS}
                for f in geojson["features"]
                if f["properties"]["element"] == "actor"
            },
            "geojson_metadata": geojson["metadata"],
            "nx_betweenness": nx_betweenness,
            "nx_closeness": nx_closeness,
        },
        ensure_ascii=False,
    )
)
