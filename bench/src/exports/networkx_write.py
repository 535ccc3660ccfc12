"""The baseline: networkx (and pandas, json) writing the same graph. Loading it is not timed.

Usage: /usr/bin/python3 networkx_write.py <node-link.json> <graphml|gexf|csv-nodes|csv-edges|geojson|json> <out>
Prints {"ms": …} as JSON.
"""
import json
import sys
import time

import networkx as nx
import pandas as pd

source, fmt, out = sys.argv[1:4]
with open(source, encoding="utf-8") as handle:
    data = json.load(handle)
graph = nx.node_link_graph(data)
# GraphML and GEXF cannot hold lists or objects: join lists as our writers do, and write the graph's
# metadata (the analysis note is an object) as JSON text, before the clock starts.
for _, attributes in graph.nodes(data=True):
    for key, value in list(attributes.items()):
        if isinstance(value, list):
            attributes[key] = ";".join(value)
for key, value in list(graph.graph.items()):
    if isinstance(value, (dict, list)):
        graph.graph[key] = json.dumps(value, ensure_ascii=False)

started = time.perf_counter()
if fmt == "graphml":
    nx.write_graphml(graph, out)
elif fmt == "gexf":
    nx.write_gexf(graph, out)
elif fmt == "csv-nodes":
    pd.DataFrame([{"id": n, **d} for n, d in graph.nodes(data=True)]).to_csv(out, index=False)
elif fmt == "csv-edges":
    rows = [{"id": k, "source": s, "target": t, **d} for s, t, k, d in graph.edges(keys=True, data=True)]
    pd.DataFrame(rows).to_csv(out, index=False)
elif fmt == "geojson":
    features = []
    for n, d in graph.nodes(data=True):
        if d.get("lon") is not None:
            point = {"type": "Point", "coordinates": [d["lon"], d["lat"]]}
            features.append({"type": "Feature", "id": n, "geometry": point, "properties": d})
    for s, t, k, d in graph.edges(keys=True, data=True):
        a, b = graph.nodes[s], graph.nodes[t]
        if a.get("lon") is not None and b.get("lon") is not None:
            line = {"type": "LineString", "coordinates": [[a["lon"], a["lat"]], [b["lon"], b["lat"]]]}
            features.append({"type": "Feature", "id": k, "geometry": line, "properties": d})
    with open(out, "w", encoding="utf-8") as handle:
        json.dump({"type": "FeatureCollection", "features": features}, handle, ensure_ascii=False)
elif fmt == "json":
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(nx.node_link_data(graph), handle, ensure_ascii=False)
print(json.dumps({"ms": round((time.perf_counter() - started) * 1000)}))
