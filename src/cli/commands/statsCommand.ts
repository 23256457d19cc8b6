import { sectionCoverage, type SectionCoverage } from '../../model/sectionCoverage';
import { graphStats } from '../../model/stats';
import type { Options } from '../args';
import { loadOrReport } from '../loadOrReport';
import { readTextFile } from '../readText';

const table = (title: string, counts: Record<string, number>, skipZero = false): string => {
  const rows = Object.entries(counts).filter(([, n]) => !skipZero || n > 0);
  const width = Math.max(...rows.map(([k]) => k.length), 8);
  return [`${title}:`, ...rows.map(([k, n]) => `  ${k.padEnd(width)} ${String(n).padStart(5)}`)].join('\n');
};

/** Runs-of-numbers notation: 1-3, 7, 9-10. */
export const compactRanges = (numbers: readonly number[]): string => {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; i++) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    parts.push(i === j ? String(numbers[i]) : `${numbers[i]}-${numbers[j]}`);
    i = j;
  }
  return parts.join(', ') || 'none';
};

const coverageTable = (rows: SectionCoverage[]): string => {
  const lines = rows.map(
    (r) =>
      `  ${r.section.padEnd(12)} ${String(r.evidence).padStart(5)}   ${String(r.cited.length).padStart(3)} cited in text   ${
        r.missing.length === 0 ? 'all captured' : `not captured here: ${compactRanges(r.missing)}`
      }`,
  );
  return ['Coverage per section (evidence items; references the text cites there):', ...lines].join('\n');
};

export const runStats = (options: Options): number => {
  const source = options.source === undefined ? undefined : readTextFile(options.source, '--source');
  const loaded = loadOrReport(options.data);
  if (!loaded) return 1;
  const s = graphStats(loaded.graph);
  const total = s.refsCited.length + s.refsUncited.length;
  console.log(
    [
      table('Entities per type', s.entities),
      table('Relations per kind', s.relations, true),
      `Evidence items: ${s.evidence}`,
      ...(Object.keys(s.byLevel).length > 0 ? [table('Evidence per level', s.byLevel)] : []),
      table('Evidence per section', s.bySection, true),
      ...(total > 0
        ? [
            `References cited: ${s.refsCited.length} of ${total}`,
            `References not yet cited: ${compactRanges(s.refsUncited)}`,
          ]
        : []),
      ...(source === undefined ? [] : [coverageTable(sectionCoverage(loaded.graph, source))]),
    ].join('\n\n'),
  );
  return 0;
};
