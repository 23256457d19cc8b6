import type { Problem } from '../model/problems';
import type { Origin, RawGraphData } from '../model/rawData';

/**
 * How long a piece of curated text may be, in characters. Each limit is several times the longest
 * text of its kind in the shipped data (in brackets), so real curation never meets it, while a pasted
 * page, a runaway script or a hostile file fails the build instead of costing the app seconds on every
 * label it draws:
 *
 * - label: entity labels and aliases, story and step titles (longest 69) — drawn on the canvas and in
 *   every list and search result;
 * - short: paper titles, journals, pages, evidence details (species, model, dose, …), audiences,
 *   quiz prompts (longest 219);
 * - text: descriptions, notes, warnings, authors, annotations, summaries, captions (longest 561);
 * - quote: the review's quotes and presenter notes (longest 645, a Table 1 row).
 */
export const TEXT_LIMITS = { label: 120, short: 500, text: 2_000, quote: 5_000 } as const;
type Kind = keyof typeof TEXT_LIMITS;

const WHY: Record<Kind, string> = {
  label: 'labels and titles are drawn on the canvas and in every list',
  short: 'a short field',
  text: 'a description or note',
  quote: 'a quote',
};

type Path = (string | number)[];

const check = (
  problems: Problem[],
  origin: Origin,
  id: string | undefined,
  path: Path,
  value: unknown,
  kind: Kind,
): void => {
  if (typeof value !== 'string' || value.length <= TEXT_LIMITS[kind]) return;
  problems.push({
    severity: 'error',
    file: origin.file,
    line: origin.lineOf(path),
    id,
    message: `${path.join('.')} is ${value.length.toLocaleString('en')} characters long; at most ${TEXT_LIMITS[kind].toLocaleString('en')} (${WHY[kind]})`,
  });
};

const EVIDENCE_SHORT = [
  'species',
  'model',
  'route',
  'design',
  'country',
  'dose',
  'treatments',
  'donor',
  'follow_up',
];

/** One problem per text that is longer than its limit, at its own line. */
export const textLimitProblems = (data: RawGraphData): Problem[] => {
  const problems: Problem[] = [];
  for (const { value: e, origin } of data.entities) {
    const at = (path: Path, value: unknown, kind: Kind) => check(problems, origin, e.id, path, value, kind);
    at(['label'], e.label, 'label');
    e.aliases.forEach((a, i) => at(['aliases', i], a, 'label'));
    at(['description'], e.description, 'text');
    e.warnings.forEach((w, i) => at(['warnings', i], w, 'text'));
  }
  for (const { value: p, origin } of data.papers) {
    const at = (path: Path, value: unknown, kind: Kind) =>
      check(problems, origin, `paper/${p.ref}`, path, value, kind);
    at(['authors'], p.authors, 'text');
    for (const key of ['title', 'journal', 'volume_pages'] as const) at([key], p[key], 'short');
    at(['annotation'], p.annotation, 'text');
    p.warnings.forEach((w, i) => at(['warnings', i], w, 'text'));
  }
  for (const { value: r, origin } of data.relations) {
    const id = `${r.from}--${r.relation}--${r.to}`;
    r.evidence.forEach((item, i) => {
      const at = (path: Path, value: unknown, kind: Kind) =>
        check(problems, origin, id, ['evidence', i, ...path], value, kind);
      at(['quote'], item.quote, 'quote');
      at(['notes'], item.notes, 'text');
      item.warnings?.forEach((w, j) => at(['warnings', j], w, 'text'));
      for (const key of EVIDENCE_SHORT) at([key], (item as Record<string, unknown>)[key], 'short');
    });
  }
  for (const { value: s, origin } of data.stories) {
    const at = (path: Path, value: unknown, kind: Kind) => check(problems, origin, s.id, path, value, kind);
    at(['title'], s.title, 'label');
    at(['audience'], s.audience, 'short');
    at(['summary'], s.summary, 'text');
    s.steps.forEach((step, i) => {
      at(['steps', i, 'title'], step.title, 'label');
      at(['steps', i, 'caption'], step.caption, 'text');
      at(['steps', i, 'notes'], step.notes, 'quote');
      at(['steps', i, 'quiz', 'prompt'], step.quiz?.prompt, 'short');
    });
  }
  return problems;
};
