"""An independent reader of our exports, for tests/unit/formats/networkx.test.ts.

    python3 networkx_read.py graphml|gexf FILE   -> the graph NetworkX reads, as JSON
    python3 networkx_read.py jgf FILE            -> JGF v2 structure check (standard library only)
    python3 networkx_read.py version             -> networkx version and whether it reads GEXF 1.3
"""
import json
import sys


def dump_networkx(kind, path):
    import networkx as nx

    g = nx.read_graphml(path) if kind == "graphml" else nx.read_gexf(path)
    if g.is_multigraph():
        edges = [{"source": u, "target": v, "key": str(k), "data": d} for u, v, k, d in g.edges(keys=True, data=True)]
    else:
        edges = [{"source": u, "target": v, "key": None, "data": d} for u, v, d in g.edges(data=True)]
    return {
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "graph": g.graph,
        "nodes": {str(n): d for n, d in g.nodes(data=True)},
        "edges": edges,
    }


def check_jgf(path):
    """The rules of JSON Graph Format v2 (jsongraphformat.info), checked by hand."""
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    errors = []
    if not isinstance(doc, dict) or set(doc) != {"graph"}:
        return {"errors": ["the document must be an object with one key, graph"]}
    graph = doc["graph"]
    allowed = {"id": str, "label": str, "directed": bool, "type": str, "metadata": dict, "nodes": dict, "edges": list}
    for key, value in graph.items():
        if key not in allowed:
            errors.append(f"graph.{key} is not a JGF v2 property")
        elif not isinstance(value, allowed[key]):
            errors.append(f"graph.{key} has the wrong type")
    nodes = graph.get("nodes", {})
    for node_id, node in nodes.items():
        if not isinstance(node, dict) or not set(node) <= {"label", "metadata"}:
            errors.append(f"node {node_id} has properties JGF v2 does not allow")
        elif not isinstance(node.get("label", ""), str) or not isinstance(node.get("metadata", {}), dict):
            errors.append(f"node {node_id} has a property of the wrong type")
    edge_types = {"id": str, "source": str, "target": str, "relation": str, "directed": bool, "label": str, "metadata": dict}
    for i, edge in enumerate(graph.get("edges", [])):
        for key, value in edge.items():
            if key not in edge_types or not isinstance(value, edge_types[key]):
                errors.append(f"edge {i}: {key} is not allowed or has the wrong type")
        for end in ("source", "target"):
            if edge.get(end) not in nodes:
                errors.append(f"edge {i}: {end} is not a node")
    return {"errors": errors[:20], "nodes": len(nodes), "edges": len(graph.get("edges", []))}


def version():
    import networkx
    from networkx.readwrite.gexf import GEXF

    return {"networkx": networkx.__version__, "gexf13": "1.3" in GEXF.versions}


if __name__ == "__main__":
    kind = sys.argv[1]
    result = version() if kind == "version" else check_jgf(sys.argv[2]) if kind == "jgf" else dump_networkx(kind, sys.argv[2])
    json.dump(result, sys.stdout, default=str)
