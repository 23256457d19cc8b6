import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { exportDataset } from '../../../src/formats/exportDataset';
import { flatEdge, flatNode, type Flat } from '../../../src/formats/writers/flatten';
import { referencesOf } from '../../../src/formats/writers/references';
import { hostileDataset, reviewDataset } from '../../support/formatGraphs';
import { findNetworkx, MISSING_NETWORKX, networkxRead, type NetworkxPython } from '../../support/networkx';
import { itWhen } from '../../support/requires';

interface NxGraph {
  directed: boolean;
  graph: Record<string, unknown>;
  nodes: Record<string, Record<string, unknown>>;
  edges: { source: string; target: string; key: string | null; data: Record<string, unknown> }[];
}

const networkx = findNetworkx();
const dir = mkdtempSync(join(tmpdir(), 'kg-networkx-'));
const DATASETS = { review: reviewDataset, hostile: hostileDataset };

const exported = (name: keyof typeof DATASETS, format: 'graphml' | 'gexf' | 'jgf', nx?: NetworkxPython) => {
  const [file] = exportDataset(format, DATASETS[name]());
  const path = join(dir, `${name}${file!.suffix}`);
  let text = file!.text;
  // Debian bookworm's NetworkX 2.8 reads GEXF 1.1 and 1.2 only: give it the same file under the
  // 1.2 namespace (nothing we write differs between the two), and say so.
  if (format === 'gexf' && nx && !nx.gexf13) {
    console.warn(`NetworkX ${nx.networkx} reads no GEXF 1.3: reading the export under the 1.2 namespace`);
    text = text
      .replace('xmlns="http://gexf.net/1.3"', 'xmlns="http://www.gexf.net/1.2draft"')
      .replace('xmlns:viz="http://gexf.net/1.3/viz"', 'xmlns:viz="http://www.gexf.net/1.2draft/viz"')
      .replace('version="1.3"', 'version="1.2"');
  }
  writeFileSync(path, text);
  return path;
};

/** Our flat attributes as NetworkX must see them in GEXF (whose writer leaves empty values out). */
const withoutEmpty = (flat: Flat) => Object.fromEntries(Object.entries(flat).filter(([, v]) => v !== ''));

describe.each(Object.keys(DATASETS) as (keyof typeof DATASETS)[])(
  'NetworkX reads the %s graph back',
  (name) => {
    itWhen(networkx, MISSING_NETWORKX, 'GraphML: the same nodes, edges and every attribute', (nx) => {
      const { graph, schema, positions } = DATASETS[name]();
      const read = networkxRead<NxGraph>(nx, 'graphml', exported(name, 'graphml'));
      expect(Object.keys(read.nodes).sort()).toEqual(graph.nodes().sort());
      expect(read.edges).toHaveLength(graph.size);
      expect(read.graph).toMatchObject({
        title: graph.getAttribute('title'),
        schema_json: JSON.stringify(schema),
      });
      graph.forEachNode((id, a) => {
        const p = positions[id];
        expect(read.nodes[id], id).toEqual(
          withoutEmpty({ ...flatNode(a, schema), ...(p ? { x: p.x, y: p.y } : {}) }),
        );
      });
      const refs = referencesOf(graph, schema);
      for (const e of read.edges) {
        // NetworkX keys a multigraph's edges by their GraphML id, and may keep the id as data too.
        const { id, ...data } = e.data;
        const key = e.key ?? String(id);
        expect(data, key).toEqual(withoutEmpty(flatEdge(graph.getEdgeAttributes(key), schema, refs)));
        expect(JSON.parse(e.data.evidence_json as string)).toEqual(graph.getEdgeAttribute(key, 'evidence'));
      }
    });

    itWhen(
      networkx,
      MISSING_NETWORKX,
      'GEXF 1.3: the same nodes, edges, labels, attributes and positions',
      (nx) => {
        const { graph, schema, positions } = DATASETS[name]();
        const read = networkxRead<NxGraph>(nx, 'gexf', exported(name, 'gexf', nx));
        expect(Object.keys(read.nodes).sort()).toEqual(graph.nodes().sort());
        expect(read.edges).toHaveLength(graph.size);
        graph.forEachNode((id, a) => {
          const { viz, ...data } = read.nodes[id]!;
          expect(data, id).toEqual(withoutEmpty(flatNode(a, schema)));
          const p = positions[id];
          if (p) expect((viz as { position: object }).position).toMatchObject({ x: p.x, y: p.y });
        });
        const refs = referencesOf(graph, schema);
        for (const e of read.edges) {
          const { id, ...data } = e.data;
          expect(data, String(id)).toEqual(
            withoutEmpty(flatEdge(graph.getEdgeAttributes(String(id)), schema, refs)),
          );
        }
      },
    );

    itWhen(
      networkx,
      MISSING_NETWORKX,
      'JGF: a valid JSON Graph Format v2 document with the same counts',
      (nx) => {
        const { graph } = DATASETS[name]();
        const path = exported(name, 'jgf');
        expect(networkxRead(nx, 'jgf', path)).toEqual({ errors: [], nodes: graph.order, edges: graph.size });
        expect(JSON.parse(readFileSync(path, 'utf8')).graph.edges[0].metadata.evidence).toBeDefined();
      },
    );
  },
);
