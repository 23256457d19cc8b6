/** A leader line from a node to its callout, in canvas pixels. */
export interface LeaderLine {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What the last placement pass did: read by the leader-line overlay, the benchmark and the tests. */
export interface LabelReport {
  passes: number;
  /** The zoom the last pass placed labels for. */
  zoom: number;
  /** Duration of the last pass (reading boxes, placing, applying classes), ms. */
  lastMs: number;
  /** Of which the pure placement, ms. */
  placeMs: number;
  nodes: number;
  edges: number;
  forced: number;
  /** Forced labels that found no free place. */
  unplaced: string[];
  callouts: LeaderLine[];
  /** True while a pass is scheduled (after a pan, zoom, layout or animation). */
  pending: boolean;
}

let report: LabelReport = {
  passes: 0,
  zoom: 1,
  lastMs: 0,
  placeMs: 0,
  nodes: 0,
  edges: 0,
  forced: 0,
  unplaced: [],
  callouts: [],
  pending: true,
};
const listeners = new Set<() => void>();

export const getLabelReport = (): LabelReport => report;

export const setLabelReport = (patch: Partial<LabelReport>): void => {
  report = { ...report, ...patch };
  // Tests and the benchmark read it; production builds carry no such hook.
  if (import.meta.env.MODE === 'test') (window as unknown as { __labels?: LabelReport }).__labels = report;
  listeners.forEach((l) => l());
};

export const subscribeLabelReport = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

let placer: (() => void) | null = null;

/** The canvas registers its placement pass, so an export can place labels for the frame it draws. */
export const setLabelPlacer = (fn: (() => void) | null): void => {
  placer = fn;
};

/** Runs a placement pass now (exports call it before drawing: the file shows what the screen shows). */
export const placeLabelsNow = (): void => placer?.();

/** The leader lines of the last pass as SVG, scaled like the export. */
export const leaderLinesSvg = (scale: number): string =>
  report.callouts
    .map(
      (l) =>
        `<line x1="${l.x1 * scale}" y1="${l.y1 * scale}" x2="${l.x2 * scale}" y2="${l.y2 * scale}" stroke="#555555" stroke-width="${1.2 * scale}"/>`,
    )
    .join('');
