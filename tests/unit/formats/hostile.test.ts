import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/formats/importFile';
import type { ImportReport } from '../../../src/formats/types';

const CORPUS = resolve(__dirname, '../../hostile');

/** What each file must give: `reads` (with these words in its report) or `fails` (with this message). */
type Outcome = { reads: string } | { fails: string };

const COMMITTED: Record<string, Outcome> = {
  'empty.json': { fails: 'empty.json: the file is empty' },
  'whitespace.json': { fails: 'whitespace.json: the file holds only white space' },
  'truncated.json': { fails: 'truncated.json:1: not valid JSON: the text ends too early' },
  'trailing-comma.json': {
    fails: 'trailing-comma.json:1: not valid JSON: unexpected "]" where a value should be',
  },
  'not-a-graph.json': { fails: 'not-a-graph.json: a JSON file, but none of the graph formats' },
  'numbers.json': { fails: 'numbers.json:[0]: a JSON list, but its items are not Cytoscape elements' },
  'proto-keys.json': { reads: 'a key named __proto__ could change what every object inherits' },
  'constructor-ids.cyjs': { reads: '"nodes":5' },
  'duplicate-ids.json': { reads: 'declared again; attributes joined, the first value kept for \\"label\\"' },
  'missing-ends.json': { reads: 'named by an edge but never declared: created' },
  'self-loops.cyjs': { reads: 'a self-loop on \\"a\\": kept' },
  'nan-positions.cyjs': { reads: '(Infinity, -Infinity) is not a pair of finite numbers' },
  'markup-labels.json': { reads: 'contains markup: kept as plain text, never rendered as HTML' },
  'bundle-unknown-level.json': {
    fails:
      'bundle-unknown-level.json:graph.edges[0]: evidence[0]: level "legendary" is not in the schema (high)',
  },
  'bundle-unknown-relation.json': {
    fails: 'bundle-unknown-relation.json:graph.edges[0]: relation "teleports" is not in the schema (r)',
  },
  'bundle-stories-null.json': { reads: '"what":"story 1"' },
  'bundle-bad-schema.json': {
    fails: 'bundle-bad-schema.json:graph.attributes.schema: the schema it carries is not valid',
  },
  'bundle-edge-to-missing.json': {
    fails: 'bundle-edge-to-missing.json:graph.edges[0]: names the node "zzz", which the bundle does not list',
  },
  'bundle-without-schema.json': { reads: 'the bundle carries none: inferred' },
  'jgf-two-graphs.json': { reads: 'only the first graph of a JGF file is read' },
  'jgf-nodes-not-object.json': {
    fails: 'jgf-nodes-not-object.json:graph.nodes: graph.nodes must be an object',
  },
  'jgf-edges-not-list.json': { fails: 'jgf-edges-not-list.json:graph.edges: graph.edges must be a list' },
  'cyjs-elements-string.cyjs': { fails: 'cyjs-elements-string.cyjs:elements: elements must be a list' },
  'cyjs-broken-evidence-json.cyjs': { reads: 'evidence_json is not valid JSON' },
  'ids-of-every-kind.json': { reads: 'a node without an id' },
  'pdf-named.json': { fails: 'pdf-named.json: this is a PDF document, not a graph file' },
  'billion-laughs.graphml': { fails: 'billion-laughs.graphml:13: declares XML entities' },
  'external-entity.graphml': { fails: 'external-entity.graphml:3: an undefined entity' },
  'unclosed-tag.graphml': { fails: 'unclosed-tag.graphml:5: unexpected close tag' },
  'mismatched-tag.gexf': { fails: 'mismatched-tag.gexf:4: unexpected close tag' },
  'wrong-root.xml': {
    fails: 'wrong-root.xml: an XML file whose root element is <svg>: neither GraphML nor GEXF',
  },
  'undeclared-key.graphml': {
    fails: 'undeclared-key.graphml:4: <data key="ghost"> names a key that no <key> element declares',
  },
  'undeclared-attvalue.gexf': {
    fails: 'undeclared-attvalue.gexf:4: <attvalue for="9"> names an attribute that no <attribute> declares',
  },
  'bad-typed-values.graphml': { reads: 'is not a finite number (attr.type int): kept as text' },
  'gexf-nan-positions.gexf': { reads: '(INF, -INF) is not a pair of finite numbers' },
  'gexf-duplicate-nodes.gexf': { reads: 'its id is used twice' },
  'xml-control-character.graphml': { fails: 'xml-control-character.graphml:2: disallowed character' },
  'xml-latin1-declared.gexf': { reads: 'read as iso-8859-1' },
  'xml-undeclared-latin1.graphml': {
    fails: 'xml-undeclared-latin1.graphml:2: byte 75 (0xE9) is not valid UTF-8',
  },
  'utf16-bom.graphml': { reads: 'read as utf-16le' },
  'cdata-and-comments.graphml': { reads: '"nodes":1' },
  'hyperedges-and-ports.graphml': { reads: 'hyperedges and ports have no place in this graph' },
  'key-for-all.graphml': { reads: '"edges":1' },
  'mixed-directions.graphml': { reads: '1 of its edges are undirected and the others directed' },
  'processing-instruction.gexf': { reads: '"nodes":1' },
  'empty.csv': { fails: 'empty.csv: the file is empty' },
  'header-only.csv': { reads: 'has no nodes' },
  'unclosed-quote.csv': { fails: 'unclosed-quote.csv:2: a quoted field is never closed' },
  'formula-labels.csv': { reads: '"nodes":5' },
  'stray-quotes.csv': { reads: '"edges":1' },
  'no-id-columns.csv': { fails: 'no-id-columns.csv:1: the header names no Source and Target columns' },
  'semicolon-delimited.csv': { reads: 'semicolon' },
  'tab-separated.tsv': { reads: '"to":"tab"' },
  'ragged-rows.csv': { reads: 'it has no source or no target' },
  'latin1-bytes.csv': {
    fails: 'latin1-bytes.csv:2: byte 18 (0xE9) is not valid UTF-8; the file may be Latin-1',
  },
  'invalid-utf8.csv': { fails: 'invalid-utf8.csv:3: byte 19 (0xC3) is not valid UTF-8' },
  'utf16-without-bom.csv': { fails: 'utf16-without-bom.csv: the file is UTF-16 without a byte-order mark' },
  'lone-carriage-returns.csv': { reads: '"edges":2' },
  'duplicate-headers.csv': { reads: 'its name is used twice' },
  'self-loops.csv': { reads: 'a self-loop on \\"a\\": kept' },
  'xlsx-renamed.csv': { fails: 'xlsx-renamed.csv: this is a ZIP archive (an .xlsx workbook?)' },
  'random-binary.bin': { fails: 'random-binary.bin: this looks like a binary file' },
  'png-image.csv': { fails: 'png-image.csv: this is a PNG image, not a graph file' },
  'alias-bomb.yaml': { fails: 'alias-bomb.yaml: this is a YAML file' },
  'control-characters.csv': { reads: 'control character U+0007' },
};

/** The large cases, made when the test runs (never committed). */
const GENERATED: Record<string, { make: () => string | Buffer; outcome: Outcome }> = {
  'huge-100mb.json': {
    make: () => Buffer.alloc(100 * 1024 * 1024, 0x20),
    outcome: { fails: 'huge-100mb.json: the file has 100.0 MB, more than the 64 MB' },
  },
  'million-rows.csv': {
    make: () =>
      `Source,Target\n${Array.from({ length: 1_000_000 }, (_, i) => `n${i},n${i + 1}`).join('\n')}\n`,
    outcome: { fails: 'million-rows.csv:250002: more than 250000 rows' },
  },
  'deep-nesting.json': {
    make: () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    outcome: { fails: 'deep-nesting.json:1: nested more than 64 levels deep' },
  },
  'deep-nesting.graphml': {
    make: () =>
      `<graphml><graph>${'<node id="n"><graph>'.repeat(1000)}${'</graph></node>'.repeat(1000)}</graph></graphml>`,
    outcome: { fails: 'deep-nesting.graphml:1: elements nested more than 64 deep' },
  },
  'label-100kb.graphml': {
    make: () =>
      `<graphml><key id="l" for="node" attr.name="label"/><graph edgedefault="directed"><node id="a"><data key="l">${'<&>'.replace(/./g, (c) => ({ '<': '&lt;', '&': '&amp;', '>': '&gt;' })[c]!).repeat(34_000)}</data></node></graph></graphml>`,
    outcome: { reads: 'shortened for display, the full text kept in original.label' },
  },
  'text-2mb.graphml': {
    make: () =>
      `<graphml><key id="l" for="node" attr.name="label"/><graph><node id="a"><data key="l">${'x'.repeat(2_000_000)}</data></node></graph></graphml>`,
    outcome: { fails: 'text-2mb.graphml:1: <data> holds more than 1000000 characters of text' },
  },
  'too-many-nodes.json': {
    make: () =>
      JSON.stringify({ nodes: Array.from({ length: 100_001 }, (_, i) => ({ key: `n${i}` })), edges: [] }),
    outcome: { fails: 'too-many-nodes.json:nodes[100000]: more than 100000 nodes' },
  },
  'wide-1000-columns.csv': {
    make: () =>
      `Id,${Array.from({ length: 1000 }, (_, i) => `c${i}`).join(',')}\na,${Array(1000).fill('v').join(',')}\n`,
    outcome: { reads: 'more than 500 attributes on one element' },
  },
  'value-3mb.csv': {
    make: () => `Source,Target,Note\na,b,${'y'.repeat(3_000_000)}\n`,
    outcome: { reads: 'a value longer than 1000000 characters' },
  },
  'many-missing-ends.csv': {
    make: () => `Id\na\n\n`.replace('\n\n', '\n') + '',
    outcome: { reads: '"nodes":1' },
  },
};

const results: { name: string; ms: number; unexpected: boolean }[] = [];

const check = async (name: string, bytes: Uint8Array, outcome: Outcome) => {
  const start = performance.now();
  const result = await importFile({ name, bytes });
  const ms = performance.now() - start;
  results.push({ name, ms, unexpected: !result.ok && !!result.unexpected });
  if (!result.ok && result.unexpected) expect.fail(`the reader crashed on ${name}: ${result.error}`);
  if ('fails' in outcome) {
    if (result.ok) expect.fail(`${name} read, but must fail with: ${outcome.fails}`);
    expect(result.error.startsWith(outcome.fails), result.error).toBe(true);
    expect(result.error).toMatch(new RegExp(`^${name.replace(/\./g, '\\.')}(:[^ ]+)?: \\S`));
    expect(result.error).not.toContain('\n');
  } else {
    if (!result.ok) expect.fail(`${name} failed, but must read: ${result.error}`);
    const report: ImportReport = result.dataset.report;
    expect(JSON.stringify(report)).toContain(outcome.reads);
  }
  expect(ms, `${name} took ${Math.round(ms)} ms`).toBeLessThan(20_000);
};

describe('the hostile corpus: a clear message naming file and place, within bounds, never a crash', () => {
  it('lists every committed file', () => {
    const files = readdirSync(CORPUS).filter((f) => f !== 'README.md');
    expect(files.sort()).toEqual(Object.keys(COMMITTED).sort());
  });

  it.each(Object.entries(COMMITTED))('%s', (name, outcome) =>
    check(name, readFileSync(join(CORPUS, name)), outcome),
  );

  const dir = mkdtempSync(join(tmpdir(), 'kg-hostile-'));
  it.each(Object.entries(GENERATED))(
    '%s (generated)',
    async (name, { make, outcome }) => {
      const path = join(dir, name);
      writeFileSync(path, make());
      await check(name, readFileSync(path), outcome);
    },
    60_000,
  );

  afterAll(() => {
    const slowest = [...results].sort((a, b) => b.ms - a.ms)[0];
    console.log(
      `hostile corpus: ${results.length} cases, ${results.filter((r) => r.unexpected).length} uncaught errors, ` +
        `slowest ${slowest?.name} ${Math.round(slowest?.ms ?? 0)} ms, heap ${Math.round(process.memoryUsage().heapUsed / 1048576)} MB`,
    );
    expect(results.length).toBeGreaterThanOrEqual(50);
    expect(results.filter((r) => r.unexpected)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
