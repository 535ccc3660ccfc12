"""The baseline: networkx (and pandas, json) writing the same graph. Loading it is not timed.

Usage: /usr/bin/python3 networkx_write.py <node-link.json> <cold-node-link.json> <graphml|gexf|csv-nodes|csv-edges|geojson|json> <out> [columns.json]
columns.json ({"nodeColumns": [...], "edgeColumns": [...]}): the GeoJSON property order of ours, so the
GeoJSON peer writes the same members (null where unknown) as ours does.
Like ours (write-export.ts), it first writes a small part of the cold graph untimed (first calls, lazy imports),
then the cold graph (timed: "cold"), then the graph (timed: "steady"). CPython does not JIT, so the two timed
writes cost the same; both are measured rather than assumed.
Prints {"cold": {"ms": wall, "cpuMs": process CPU time}, "steady": {...}} as JSON.
"""
import gc
import json
import sys
import time

import networkx as nx
import pandas as pd

source, cold_source, fmt, out = sys.argv[1:5]
columns = {"nodeColumns": [], "edgeColumns": []}
if len(sys.argv) > 5:
    with open(sys.argv[5], encoding="utf-8") as handle:
        columns = json.load(handle)


def load(path):
    with open(path, encoding="utf-8") as handle:
        graph = nx.node_link_graph(json.load(handle))
    # GraphML, GEXF and CSV cannot hold lists or objects: join lists as our writers do, and write the graph's
    # metadata (the analysis note is an object) as JSON text, before the clock starts. JSON and GeoJSON keep them.
    if fmt in ("graphml", "gexf", "csv-nodes", "csv-edges"):
        for _, attributes in graph.nodes(data=True):
            for key, value in list(attributes.items()):
                if isinstance(value, list):
                    attributes[key] = ";".join(value)
        for key, value in list(graph.graph.items()):
            if isinstance(value, (dict, list)):
                graph.graph[key] = json.dumps(value, ensure_ascii=False)
    return graph


# Compact, as ours; json.dumps (C encoder) rather than json.dump, which encodes in Python: the stronger peer.
COMPACT = (",", ":")


def geojson(graph, out):
    """The same content as ours: every column (null when unknown), element/id/source/target, the metadata."""
    node_columns, edge_columns = columns["nodeColumns"], columns["edgeColumns"]
    features = []
    placed = 0
    for n, d in graph.nodes(data=True):
        if d.get("lon") is not None:
            placed += 1
            point = {"type": "Point", "coordinates": [d["lon"], d["lat"]]}
            properties = {"element": "actor", "id": n, **{c: d.get(c) for c in node_columns}}
            features.append({"type": "Feature", "id": n, "geometry": point, "properties": properties})
    edges = 0
    placed_edges = 0
    for s, t, k, d in graph.edges(keys=True, data=True):
        edges += 1
        a, b = graph.nodes[s], graph.nodes[t]
        if a.get("lon") is not None and b.get("lon") is not None:
            placed_edges += 1
            line = {"type": "LineString", "coordinates": [[a["lon"], a["lat"]], [b["lon"], b["lat"]]]}
            properties = {"element": "relationship", "id": k, "source": s, "target": t}
            properties.update({c: d.get(c) for c in edge_columns})
            features.append({"type": "Feature", "id": k, "geometry": line, "properties": properties})
    metadata = {
        "source": graph.graph.get("source"),
        "dataVersion": graph.graph.get("data_version"),
        "variant": graph.graph.get("variant"),
        "filters": graph.graph.get("filters"),
        "actors": graph.number_of_nodes(),
        "actorsWithoutPlace": graph.number_of_nodes() - placed,
        "relationships": edges,
        "relationshipsWithoutPlace": edges - placed_edges,
        "analysis": graph.graph.get("analysis"),
    }
    with open(out, "w", encoding="utf-8") as handle:
        collection = {"type": "FeatureCollection", "metadata": metadata, "features": features}
        handle.write(json.dumps(collection, ensure_ascii=False, separators=COMPACT))


def write(graph, out):
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
        geojson(graph, out)
    elif fmt == "json":
        with open(out, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(nx.node_link_data(graph), ensure_ascii=False, separators=COMPACT))


def timed_write(graph, path):
    # As ours runs V8's gc() before each timed write: the other graph's garbage is not this write's cost.
    gc.collect()
    started, cpu_started = time.perf_counter(), time.process_time()
    write(graph, path)
    return {
        "ms": round((time.perf_counter() - started) * 1000),
        "cpuMs": round((time.process_time() - cpu_started) * 1000),
    }


cold_graph = load(cold_source)
write(cold_graph.subgraph(list(cold_graph.nodes)[:1000]).copy(), "/dev/null")
cold = timed_write(cold_graph, "/dev/null")
del cold_graph
steady = timed_write(load(source), out)
print(json.dumps({"cold": cold, "steady": steady}))
