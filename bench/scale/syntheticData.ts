/**
 * Synthetic graph-data for the scale benchmark: N entities of the review's schema (its types,
 * relations with their allowed ends, levels, sections, certainty, facet groups and strategy
 * families), about two relations per entity by seeded preferential attachment (a scale-free
 * graph, like real knowledge graphs), 1–3 evidence items per relation. Written as graph-data/
 * files (one JSON record per line, which is valid YAML), so the build reads it like curated data.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { seededRandom } from '../../src/model/layoutOptions';

/** Records per file: about 1 MB of relations, under the loader's 2 MB limit per graph-data file. */
const PART = 4000;

interface SchemaYaml {
  types: Record<string, { role?: string }>;
  relations: Record<string, { from: string[]; to: string[] }>;
  levels: Record<string, unknown>;
  sections: { id: string }[];
  certainty: Record<string, string>;
  attributes: Record<string, { type: string; values: Record<string, string> }>;
}

export interface SyntheticSummary {
  dir: string;
  entities: number;
  relations: number;
  items: number;
  /** The best-connected entity (the benchmark taps it) and one of its relations. */
  hub: string;
  hubEdge: string;
  /** A far entity, for the path metric. */
  far: string;
}

const line = (records: unknown[]): string => records.map((r) => `- ${JSON.stringify(r)}`).join('\n') + '\n';

/** Writes the graph-data of `size` entities into `dir` (created), seeded: the same size gives the same files. */
export const writeSyntheticData = (dir: string, size: number, seed = 7): SyntheticSummary => {
  const source = resolve('graph-data');
  const schema = parse(readFileSync(join(source, 'schema.yaml'), 'utf8')) as SchemaYaml;
  const groups = parse(readFileSync(join(source, 'groups.yaml'), 'utf8')) as Record<string, { id: string }[]>;
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  mkdirSync(join(dir, 'entities'), { recursive: true });
  mkdirSync(join(dir, 'relations'), { recursive: true });
  copyFileSync(join(source, 'schema.yaml'), join(dir, 'schema.yaml'));
  copyFileSync(join(source, 'groups.yaml'), join(dir, 'groups.yaml'));

  const types = Object.keys(schema.types).filter((t) => schema.types[t]!.role !== 'reference');
  const papers = Math.max(20, Math.min(2000, Math.round(size / 10)));
  writeFileSync(
    join(dir, 'papers.yaml'),
    line(
      Array.from({ length: papers }, (_, i) => ({
        ref: i + 1,
        authors: `Author${i + 1} A, Other B`,
        title: `Synthetic study number ${i + 1}`,
        journal: 'Synthetic Journal',
        year: 2000 + (i % 23),
      })),
    ),
  );

  const byType = new Map<string, Record<string, unknown>[]>(types.map((t) => [t, []]));
  const ids: string[] = [];
  const typeOf: string[] = [];
  for (let i = 0; i < size; i++) {
    const type = types[i % types.length]!;
    const id = `${type}/s-${i}`;
    const record: Record<string, unknown> = {
      id,
      label: `${type.replace('_', ' ')} ${i}`,
      description: 'Synthetic.',
    };
    const typeGroups = groups[type];
    if (typeGroups?.length) record.group = pick(typeGroups).id;
    for (const [name, attribute] of Object.entries(schema.attributes ?? {}))
      if (attribute.type === type) record[name] = pick(Object.keys(attribute.values));
    byType.get(type)!.push(record);
    ids.push(id);
    typeOf.push(type);
  }
  for (const [type, records] of byType)
    for (let part = 0; part * PART < records.length; part++)
      writeFileSync(
        join(dir, 'entities', `${type}.${part}.yaml`),
        line(records.slice(part * PART, (part + 1) * PART)),
      );

  const relationFor = (a: string, b: string): string | undefined => {
    const fits = Object.entries(schema.relations).filter(([, r]) => r.from.includes(a) && r.to.includes(b));
    return fits.length > 0 ? pick(fits)[0] : undefined;
  };
  const levels = Object.keys(schema.levels);
  const sections = schema.sections.map((s) => s.id);
  const certainty = Object.keys(schema.certainty);
  const edges = new Set<string>();
  const ends: number[] = []; // every edge end once: picking from it is preferential attachment
  const relations: Record<string, unknown>[] = [];
  let items = 0;
  for (let i = 1; i < size; i++) {
    for (let m = 0; m < 2 && m < i; m++) {
      for (let attempt = 0; attempt < 12; attempt++) {
        const j = ends.length > 0 && random() < 0.8 ? pick(ends) : Math.floor(random() * i);
        if (j === i) continue;
        const [from, to] = random() < 0.5 ? [i, j] : [j, i];
        let relation = relationFor(typeOf[from]!, typeOf[to]!);
        let [f, t] = [from, to];
        if (!relation) [relation, f, t] = [relationFor(typeOf[to]!, typeOf[from]!), to, from];
        const key = `${ids[f]}--${relation}--${ids[t]}`;
        if (!relation || edges.has(key)) continue;
        edges.add(key);
        ends.push(f, t);
        const evidence = Array.from({ length: 1 + Math.floor(random() * random() * 3) }, (_, k) => ({
          quote: `Synthetic statement ${relations.length}.${k}.`,
          section: pick(sections),
          refs: [1 + Math.floor(random() * papers)],
          level: pick(levels),
          certainty: pick(certainty),
        }));
        items += evidence.length;
        relations.push({ from: ids[f], relation, to: ids[t], evidence });
        break;
      }
    }
  }
  for (let part = 0; part * PART < relations.length; part++)
    writeFileSync(
      join(dir, 'relations', `part-${part}.yaml`),
      line(relations.slice(part * PART, (part + 1) * PART)),
    );

  const degree = new Map<string, number>();
  for (const r of relations)
    for (const end of [r.from, r.to] as string[]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const hub = [...degree.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const hubEdge = relations.find((r) => r.from === hub || r.to === hub)!;
  return {
    dir,
    entities: size,
    relations: relations.length,
    items,
    hub,
    hubEdge: `${hubEdge.from as string}--${hubEdge.relation as string}--${hubEdge.to as string}`,
    far: ids[size - 1]!,
  };
};
