import * as z from 'zod/mini';
import '../model/zodMessages';
import type { Dataset } from '../dataset/dataset';
import { referenceKey } from '../model/ids';
import { defaultGapAxes } from '../model/gaps/gapAxes';
import type { PathDirection } from '../model/paths';
import type { Vocabulary } from '../model/vocabulary/vocabulary';
import { hasItsPartner, parameterNotices, shortValue } from './urlNotices';
import {
  defaultInterrogateUrl,
  INTERROGATE_PARAMS,
  parseInterrogateUrl,
  serializeInterrogateUrl,
  type InterrogateUrl,
} from './interrogateUrl';
import {
  defaultFilters,
  LAYOUT_NAMES,
  MAX_FOCUS_DEPTH,
  SIDE_PANELS,
  VIEW_NAMES,
  type Filters,
  type Focus,
  type LayoutName,
  type Selection,
  type SidePanel,
  type ViewName,
} from './viewTypes';

/** The part of the view state that the URL carries. */
export interface UrlView extends InterrogateUrl {
  selection: Selection;
  focus: Focus | null;
  filters: Filters;
  path: { from: string; to: string } | null;
  /** `follow` (chains of claims first) or `any` (`?direction=any`). */
  pathDirection: PathDirection;
  ref: number | null;
  layout: LayoutName;
  view: ViewName;
  panel: SidePanel;
  gapRows: string;
  gapCols: string;
  gapCell: { row: string; col: string } | null;
  story: { id: string; step: number } | null;
  presenting: boolean;
}

/** The view a dataset opens with: nothing selected, nothing filtered, its default gap-map pairing. */
export const defaultUrlView = (v: Vocabulary): UrlView => {
  const [rows, cols] = defaultGapAxes(v);
  return {
    selection: null,
    focus: null,
    filters: defaultFilters(v),
    path: null,
    pathDirection: 'follow',
    ref: null,
    layout: 'default',
    view: 'graph',
    panel: 'details',
    gapRows: rows,
    gapCols: cols,
    gapCell: null,
    story: null,
    presenting: false,
    ...defaultInterrogateUrl(),
  };
};

/** Query parameters every dataset understands; each facet adds one named after it (`?therapy=`). */
const KNOWN = new Set([
  'node',
  'edge',
  'focus',
  'depth',
  'types',
  'level',
  'sections',
  'relations',
  'certainty',
  'isolated',
  'path',
  'direction',
  'ref',
  'layout',
  'view',
  'panel',
  'rows',
  'cols',
  'cell',
  'story',
  'step',
  'present',
  // The presenter's second window (App.tsx); the view itself ignores it.
  'console',
  ...INTERROGATE_PARAMS,
  // Read at start-up (state/safeStart.ts): open without the saved stories.
  'safe',
]);
const list = (value: string | null): string[] =>
  value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
const oneOf = <T extends string>(values: readonly T[]) => z.enum(values as unknown as [T, ...T[]]);
const depthSchema = z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_FOCUS_DEPTH));
const refSchema = z.coerce.number().check(z.int(), z.positive());
const stepSchema = z.coerce.number().check(z.int(), z.positive());

/**
 * Reads view state from a query string. Unknown or malformed parameters are left out,
 * each with a notice saying what was ignored; nothing here throws.
 */
export const parseUrlView = (
  search: string,
  dataset: Pick<Dataset, 'graph' | 'vocabulary'>,
  storyLengths: ReadonlyMap<string, number> = new Map(),
): { view: UrlView; notices: string[] } => {
  const { graph, vocabulary: v } = dataset;
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const ignore = (name: string, why: string) =>
    notices.push(`Ignored ?${name}=${shortValue(params.get(name) ?? '')}: ${why}.`);
  const defaults = defaultUrlView(v);
  const view: UrlView = structuredClone(defaults);
  const facetIds = new Set(v.schema.facets.map((f) => f.id));
  const entity = (name: string): string | undefined => {
    const id = params.get(name);
    if (id === null) return undefined;
    if (graph.hasNode(id)) return id;
    ignore(name, 'no such entity');
    return undefined;
  };

  notices.push(...parameterNotices(params, (name) => KNOWN.has(name) || facetIds.has(name)));

  const node = entity('node');
  if (node) view.selection = { kind: 'node', id: node };
  const edge = params.get('edge');
  if (edge !== null) {
    if (graph.hasEdge(edge)) view.selection = { kind: 'edge', id: edge };
    else ignore('edge', 'no such relation');
  }
  const focus = entity('focus');
  if (focus) {
    const depth = params.has('depth') ? depthSchema.safeParse(params.get('depth')) : undefined;
    // (?depth without ?focus is reported by parameterNotices.)
    if (depth && !depth.success) ignore('depth', `expected 1 to ${MAX_FOCUS_DEPTH}`);
    view.focus = { id: focus, depth: depth?.success ? depth.data : 1 };
    view.selection ??= { kind: 'node', id: focus };
  }

  const filters: Filters = { ...defaults.filters, facets: {} };
  const enumList = (name: string, values: readonly string[]): string[] | undefined => {
    if (!params.has(name)) return undefined;
    const items = list(params.get(name));
    const bad = items.filter((i) => !values.includes(i));
    if (bad.length > 0)
      notices.push(
        `Ignored ${shortValue(bad.map((b) => `"${b}"`).join(', '))} in ?${name}: not a known value.`,
      );
    return items.filter((i) => values.includes(i));
  };
  const drawnTypes = v.drawnTypes.map((t) => t.id);
  const types = enumList('types', drawnTypes);
  if (types && types.length === 0)
    notices.push('No entity type in ?types= is one this graph has: showing every type.');
  else if (types) filters.types = types;
  const sections = enumList(
    'sections',
    v.sections.map((s) => s.id),
  );
  if (sections) filters.sections = sections;
  const relations = enumList(
    'relations',
    v.relations.map((r) => r.id),
  );
  if (relations) filters.relations = relations;
  if (params.has('certainty') && v.certainty.length === 0)
    ignore('certainty', 'this graph records no certainty');
  else {
    const certainty = enumList(
      'certainty',
      v.certainty.map((c) => c.id),
    );
    if (certainty) filters.certainty = certainty;
  }
  const single = <T extends string>(name: string, values: readonly T[]): T | undefined => {
    if (!params.has(name)) return undefined;
    const parsed = values.length > 0 ? oneOf(values).safeParse(params.get(name)) : undefined;
    if (parsed?.success) return parsed.data;
    ignore(
      name,
      values.length > 0 ? `expected one of ${values.join(', ')}` : 'this graph has no such values',
    );
    return undefined;
  };
  const level = single(
    'level',
    v.levels.map((l) => l.id),
  );
  if (level !== undefined && level !== v.weakest) filters.minLevel = level;
  for (const facet of v.schema.facets) {
    const value = single(facet.id, ['all', ...facet.values.map((x) => x.id)]);
    if (value !== undefined && value !== 'all') filters.facets[facet.id] = value;
  }
  const isolated = single('isolated', ['show', 'hide'] as const);
  if (isolated) filters.hideIsolated = isolated === 'hide';
  view.filters = filters;

  if (params.has('path')) {
    const [from, to, ...rest] = list(params.get('path'));
    if (from && to && rest.length === 0 && graph.hasNode(from) && graph.hasNode(to)) view.path = { from, to };
    else ignore('path', 'expected two entity ids, FROM,TO');
  }
  view.pathDirection = single<PathDirection>('direction', ['follow', 'any']) ?? view.pathDirection;
  if (params.has('ref')) {
    const ref = refSchema.safeParse(params.get('ref'));
    if (ref.success && v.referenceType && graph.hasNode(referenceKey(v.referenceType, ref.data)))
      view.ref = ref.data;
    else ignore('ref', 'no such reference number');
  }
  if (params.has('story')) {
    const id = params.get('story')!;
    const length = storyLengths.get(id);
    if (length === undefined) ignore('story', 'no such story');
    else {
      const step = params.has('step') ? stepSchema.safeParse(params.get('step')) : undefined;
      if (step && (!step.success || step.data > length)) ignore('step', `expected 1 to ${length}`);
      view.story = { id, step: step?.success && step.data <= length ? step.data - 1 : 0 };
      view.presenting = params.get('present') === '1';
    }
  }
  view.layout = single<LayoutName>('layout', LAYOUT_NAMES) ?? view.layout;
  const { impliedView, ...interrogate } = parseInterrogateUrl(params, graph, notices);
  Object.assign(view, interrogate);
  view.view = single<ViewName>('view', VIEW_NAMES) ?? impliedView ?? view.view;
  view.gapRows = single('rows', drawnTypes) ?? view.gapRows;
  view.gapCols = single('cols', drawnTypes) ?? view.gapCols;
  if (view.gapRows === view.gapCols) {
    ignore('cols', 'rows and columns must be different types');
    view.gapRows = defaults.gapRows;
    view.gapCols = defaults.gapCols;
  }
  if (params.has('cell') && hasItsPartner(params, 'cell')) {
    const [row, col, ...rest] = list(params.get('cell'));
    const fits = (id: string | undefined, type: string) =>
      !!id && graph.hasNode(id) && graph.getNodeAttribute(id, 'type') === type;
    if (rest.length === 0 && fits(row, view.gapRows) && fits(col, view.gapCols))
      view.gapCell = { row: row!, col: col! };
    else ignore('cell', `expected ROW,COL: a ${view.gapRows} and a ${view.gapCols} id`);
  }
  view.panel =
    single<SidePanel>('panel', SIDE_PANELS) ?? (view.path ? 'paths' : view.ref ? 'references' : view.panel);
  return { view, notices };
};

const sameSet = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** Writes view state as a query string (defaults are left out; keys are the graph's ids). */
export const serializeUrlView = (v: UrlView, vocabulary: Vocabulary): string => {
  const defaults = defaultUrlView(vocabulary);
  const p = new URLSearchParams();
  if (v.story) {
    // A story step is the view: its URL names the story and the step (1-based) and nothing else.
    p.set('story', v.story.id);
    p.set('step', String(v.story.step + 1));
    if (v.presenting) p.set('present', '1');
    return `?${p.toString()}`;
  }
  if (v.selection?.kind === 'node' && v.selection.id !== v.focus?.id) p.set('node', v.selection.id);
  if (v.selection?.kind === 'edge') p.set('edge', v.selection.id);
  if (v.focus) {
    p.set('focus', v.focus.id);
    p.set('depth', String(v.focus.depth));
  }
  const f = v.filters;
  if (!sameSet(f.types, defaults.filters.types)) p.set('types', f.types.join(','));
  if (f.minLevel !== undefined && f.minLevel !== vocabulary.weakest) p.set('level', f.minLevel);
  for (const facet of vocabulary.schema.facets) {
    const value = f.facets[facet.id];
    if (value !== undefined) p.set(facet.id, value);
  }
  if (f.sections.length > 0) p.set('sections', f.sections.join(','));
  if (f.relations.length > 0) p.set('relations', f.relations.join(','));
  if (f.certainty.length > 0) p.set('certainty', f.certainty.join(','));
  if (f.hideIsolated) p.set('isolated', 'hide');
  if (v.path) p.set('path', `${v.path.from},${v.path.to}`);
  if (v.pathDirection !== defaults.pathDirection) p.set('direction', v.pathDirection);
  if (v.ref !== null) p.set('ref', String(v.ref));
  if (v.layout !== 'default') p.set('layout', v.layout);
  const implied =
    v.view === 'compare' && v.compare.length > 0
      ? 'compare'
      : v.view === 'reader' && v.reading
        ? 'reader'
        : 'graph';
  if (v.view !== implied) p.set('view', v.view);
  if (v.view === 'gaps' || v.gapCell) {
    if (v.gapRows !== defaults.gapRows || v.gapCols !== defaults.gapCols) {
      p.set('rows', v.gapRows);
      p.set('cols', v.gapCols);
    }
    if (v.gapCell) p.set('cell', `${v.gapCell.row},${v.gapCell.col}`);
  }
  serializeInterrogateUrl(v, p);
  const impliedPanel = v.path ? 'paths' : v.ref !== null ? 'references' : 'details';
  if (v.panel !== impliedPanel) p.set('panel', v.panel);
  const text = p.toString().replace(/%2F/g, '/').replace(/%2C/g, ',');
  return text ? `?${text}` : '';
};

/** Whether moving from `a` to `b` is a navigation step (a new history entry) rather than a tweak. */
export const isNavigation = (a: UrlView, b: UrlView): boolean => navigationKey(a) !== navigationKey(b);

/** What makes a history entry: where the reader is, not how the view is tuned. */
const navigationKey = (v: UrlView): string =>
  JSON.stringify([v.selection, v.focus, v.path, v.ref, v.view, v.gapCell, v.story, v.compare, v.reading]);
