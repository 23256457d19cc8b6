import { itemKey } from '../gaps/gapItems';
import type { EvidenceItem, KnowledgeGraph } from '../types';
import { vocabOf } from '../vocabOf';

/** One statement of the source the graph holds: a quote, where it stands, and what it supports. */
export interface ReaderStatement {
  key: string;
  item: EvidenceItem;
  /** Relations whose evidence carries this statement. */
  edges: string[];
  /** Entities it names: the ends of those relations and its `involves`. */
  named: string[];
}

export interface ReaderSentence {
  /** 1-based within its paragraph. */
  s: number;
  /** Statements that start in this sentence (a statement spanning sentences covers the next ones too). */
  statements: ReaderStatement[];
  /** Whether any statement starts in or spans this sentence. */
  encoded: boolean;
}

export interface ReaderParagraph {
  p: number;
  sentences: ReaderSentence[];
}

export interface ReaderSection {
  id: string;
  title: string;
  paragraphs: ReaderParagraph[];
  /** Sentences of the section the graph encodes, and all of them. */
  encoded: number;
  total: number;
}

/**
 * The source in reading order as the graph knows it: every section of the schema, in order, with
 * its paragraphs and sentences (from the stored outline) and the statements placed in them by
 * their stored positions. The text itself is never needed: a sentence no statement covers is shown
 * as a gap.
 */
export const readerOutline = (graph: KnowledgeGraph): ReaderSection[] => {
  const v = vocabOf(graph);
  const outline = graph.getAttribute('outline') ?? [];
  const statements = new Map<string, ReaderStatement>();
  graph.forEachEdge((edge, a, source, target) => {
    for (const item of a.evidence) {
      if (!item.at) continue;
      const key = `${item.at.p}.${item.at.s}|${itemKey(item)}`;
      let st = statements.get(key);
      if (!st) statements.set(key, (st = { key, item, edges: [], named: [] }));
      if (!st.edges.includes(edge)) st.edges.push(edge);
      for (const id of [source, target, ...(item.involves ?? [])])
        if (graph.hasNode(id) && !st.named.includes(id)) st.named.push(id);
    }
  });
  const byParagraph = new Map<number, ReaderStatement[]>();
  for (const st of statements.values()) {
    const list = byParagraph.get(st.item.at!.p) ?? [];
    list.push(st);
    byParagraph.set(st.item.at!.p, list);
  }
  return v.sections.map((section) => {
    const paragraphs = outline
      .filter((o) => o.section === section.id)
      .map((o) => {
        const placed = byParagraph.get(o.p) ?? [];
        const covered = new Set<number>();
        for (const st of placed) for (let k = 0; k < st.item.at!.n; k++) covered.add(st.item.at!.s + k);
        return {
          p: o.p,
          sentences: Array.from({ length: o.sentences }, (_x, i) => ({
            s: i + 1,
            statements: placed.filter((st) => st.item.at!.s === i + 1),
            encoded: covered.has(i + 1),
          })),
        };
      });
    const sentences = paragraphs.flatMap((p) => p.sentences);
    return {
      id: section.id,
      title: section.title,
      paragraphs,
      encoded: sentences.filter((s) => s.encoded).length,
      total: sentences.length,
    };
  });
};

/** The reader's anchor for an evidence item: its paragraph and sentence. */
export interface ReaderAnchor {
  p: number;
  s: number;
}

export const anchorOf = (item: EvidenceItem): ReaderAnchor | undefined =>
  item.at ? { p: item.at.p, s: item.at.s } : undefined;
