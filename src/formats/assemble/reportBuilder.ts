import { LIMITS } from '../limits';
import type { ImportReport, MappedEntry, ReadFormat, ReportEntry } from '../types';

type Kind = 'merged' | 'dropped' | 'problems';

/**
 * Collects the import report. Entries of one kind and reason keep their first examples in full
 * (`LIMITS.reportExamples`) and are counted after that, so a file with a million bad rows gives a
 * report of a few lines: "… and 999 980 more (edges.csv:22–1000001)".
 */
export class ReportBuilder {
  readonly mapped: MappedEntry[] = [];
  private readonly groups = new Map<
    string,
    { kind: Kind; entries: ReportEntry[]; more: number; last?: string }
  >();
  read = { nodes: 0, edges: 0, positions: 0, stories: 0 };

  constructor(
    readonly format: ReadFormat,
    readonly file: string,
  ) {}

  map(what: string, to: string, why: string): void {
    if (!this.mapped.some((m) => m.what === what && m.to === to)) this.mapped.push({ what, to, why });
  }

  merge(what: string, why: string, where?: string): void {
    this.add('merged', what, why, where);
  }

  drop(what: string, why: string, where?: string): void {
    this.add('dropped', what, why, where);
  }

  problem(what: string, why: string, where?: string): void {
    this.add('problems', what, why, where);
  }

  private add(kind: Kind, what: string, why: string, where?: string): void {
    const key = `${kind}\u0000${why}`;
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = { kind, entries: [], more: 0 }));
    if (group.entries.length < LIMITS.reportExamples)
      group.entries.push(where === undefined ? { what, why } : { what, why, where });
    else {
      group.more++;
      if (where !== undefined) group.last = where;
    }
  }

  count(kind: Kind): number {
    let n = 0;
    for (const g of this.groups.values()) if (g.kind === kind) n += g.entries.length + g.more;
    return n;
  }

  build(nodes: number, edges: number): ImportReport {
    const list = (kind: Kind): ReportEntry[] =>
      [...this.groups.values()]
        .filter((g) => g.kind === kind)
        .flatMap((g) =>
          g.more === 0
            ? g.entries
            : [
                ...g.entries,
                {
                  what: `and ${g.more} more like the above`,
                  why: g.entries[0]!.why,
                  ...(g.last ? { where: `up to ${g.last}` } : {}),
                },
              ],
        );
    return {
      format: this.format,
      file: this.file,
      nodes,
      edges,
      read: { ...this.read },
      mapped: [...this.mapped],
      merged: list('merged'),
      dropped: list('dropped'),
      problems: list('problems'),
    };
  }
}
