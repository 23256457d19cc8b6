import type { Positions } from '../../../model/types';
import { DEFAULT_ROOM } from '../labels/fitBox';

/** Screen sizes of one node and its label, px at zoom 1 (labels keep their screen size at any zoom). */
export interface Footprint {
  /** Node diameter. */
  node: number;
  labelW: number;
  labelH: number;
}
export type Footprints = ReadonlyMap<string, Footprint>;

const DEFAULT: Footprint = { node: 30, labelW: 90, labelH: 18 };
const fp = (sizes: Footprints, id: string) => sizes.get(id) ?? DEFAULT;
const GAP = 18;

/**
 * The room a picture needs around its shapes: half the widest label of its outermost entities on
 * each side, and its lowest labels' height below (labels hang under their shapes).
 */
export const roomFor = (positions: Positions, sizes: Footprints): { x: number; y: number } => {
  const ids = Object.keys(positions);
  if (ids.length === 0) return { ...DEFAULT_ROOM };
  const xs = ids.map((id) => positions[id]!.x);
  const ys = ids.map((id) => positions[id]!.y);
  const [left, right, bottom] = [Math.min(...xs), Math.max(...xs), Math.max(...ys)];
  const near = (a: number, b: number) => Math.abs(a - b) < 1;
  const outer = ids.filter((_, i) => near(xs[i]!, left) || near(xs[i]!, right));
  const lowest = ids.filter((_, i) => near(ys[i]!, bottom));
  return edgeRoom(
    Math.max(...outer.map((id) => fp(sizes, id).labelW)),
    Math.max(...lowest.map((id) => fp(sizes, id).labelH)),
  );
};
/** Room for the widest outer label (half of it each side) and the tallest lowest label, px. */
const edgeRoom = (labelW: number, labelH: number) => ({
  x: Math.max(DEFAULT_ROOM.x, labelW / 2 + EDGE),
  y: Math.max(DEFAULT_ROOM.y, labelH + EDGE),
});
/** Between an outermost label and the frame's edge, px. */
const EDGE = 6;
/** Between the labels of neighbouring columns, px (measured label widths carry their own margin). */
const COLUMN_GAP = 8;

/**
 * Rings by distance: level 0 at `centre`, each further level on a wider circle. A ring whose
 * labels must all show (`labelled` levels) is wide enough for every label side by side (chord
 * between neighbours ≥ the widest label); other rings only leave room for the shapes. Nodes on a
 * ring follow the angles of their parents on the ring inside it, so few relations cross. Pure.
 */
export const ringPositions = (
  levels: readonly (readonly string[])[],
  centre: { x: number; y: number },
  sizes: Footprints,
  options: {
    labelled: number;
    parents?: ReadonlyMap<string, readonly string[]>;
    /** The screen area the rings will be framed in, px: sets the zoom the label room is sized for. */
    frame?: { w: number; h: number };
  },
): Positions => {
  const ordered = orderRings(levels, options.parents);
  const frame = options.frame ?? { w: 800, h: 600 };
  // Label room is sized for the zoom the rings will be framed at: 1 (screen = model units) unless
  // unlabelled outer rings are so wide that the frame must zoom out, and then for that zoom.
  let zoom = 1;
  let radii = ringRadii(ordered, sizes, options.labelled, zoom);
  if (ordered.length - 1 > options.labelled) {
    for (let round = 0; round < 4; round++) {
      const outer = (radii.at(-1) ?? 0) + 40;
      const fit = Math.min((frame.w - 150) / (2 * outer), (frame.h - 84) / (2 * outer));
      zoom = Math.min(1, Math.max(0.1, fit));
      radii = ringRadii(ordered, sizes, options.labelled, zoom);
    }
  }
  const positions: Positions = {};
  ordered.forEach((ids, k) => {
    const start = k === 0 ? 0 : -Math.PI / 2;
    ids.forEach((id, i) => {
      const a = start + (2 * Math.PI * i) / ids.length;
      positions[id] = { x: centre.x + radii[k]! * Math.cos(a), y: centre.y + radii[k]! * Math.sin(a) };
    });
  });
  return positions;
};

/** Each ring's nodes in angular order: the first ring by id, later rings by their parents' angles. */
const orderRings = (
  levels: readonly (readonly string[])[],
  parents?: ReadonlyMap<string, readonly string[]>,
): string[][] => {
  const angle = new Map<string, number>();
  return levels
    .filter((l) => l.length > 0)
    .map((level, k) => {
      const ids = [...level].sort();
      if (k > 0 && parents) {
        const mean = new Map(
          ids.map((id) => {
            const as = (parents.get(id) ?? []).flatMap((p) => (angle.has(p) ? [angle.get(p)!] : []));
            const x = as.reduce((s, a) => s + Math.cos(a), 0);
            const y = as.reduce((s, a) => s + Math.sin(a), 0);
            return [id, as.length > 0 ? Math.atan2(y, x) : Math.PI];
          }),
        );
        ids.sort((a, b) => mean.get(a)! - mean.get(b)! || (a < b ? -1 : 1));
      }
      const start = k === 0 ? 0 : -Math.PI / 2;
      ids.forEach((id, i) => angle.set(id, start + (2 * Math.PI * i) / ids.length));
      return ids;
    });
};

/**
 * Ring radii (model units) for a zoom: a labelled ring's neighbours are a label width apart on
 * screen (chord between neighbours ≥ the widest label), other rings leave room for the shapes.
 */
const ringRadii = (
  rings: readonly string[][],
  sizes: Footprints,
  labelled: number,
  zoom: number,
): number[] => {
  let radius = 0;
  return rings.map((ids, k) => {
    const n = ids.length;
    const isLabelled = k <= labelled;
    const demand = isLabelled
      ? Math.max(...ids.map((id) => (fp(sizes, id).labelW + GAP) / zoom))
      : ids.reduce((s, id) => s + fp(sizes, id).node + 8, 0) / n;
    const depth = Math.max(
      ...ids.map((id) => fp(sizes, id).node + (isLabelled ? (fp(sizes, id).labelH + 2 * GAP) / zoom : 8)),
    );
    const chord = n === 1 ? 0 : demand / (2 * Math.sin(Math.PI / n));
    radius = k === 0 && n === 1 ? 0 : Math.max(radius + depth, chord);
    return radius;
  });
};

/**
 * Left-to-right lanes: `order` from start to end on one line, each gap wide enough for the two
 * labels beside it and the relation's label between them. Centred on `centre`. Pure.
 */
export const lanePositions = (
  order: readonly string[],
  centre: { x: number; y: number },
  sizes: Footprints,
  edgeLabelW = 90,
): Positions => {
  const xs = [0];
  for (let i = 1; i < order.length; i++) {
    const a = fp(sizes, order[i - 1]!);
    const b = fp(sizes, order[i]!);
    const gap = Math.max(a.labelW / 2 + b.labelW / 2 + GAP, edgeLabelW + a.node / 2 + b.node / 2 + GAP, 120);
    xs.push(xs[i - 1]! + gap);
  }
  const width = xs.at(-1) ?? 0;
  const positions: Positions = {};
  order.forEach((id, i) => {
    positions[id] = { x: centre.x - width / 2 + xs[i]!, y: centre.y };
  });
  return positions;
};

/**
 * Re-spaces a column layout (layered by type) for labels: a column taller than the frame wraps
 * into sub-columns, each column is as far from the next as their widest labels need, each row as
 * tall as the tallest node and label. Labels keep their screen size while shapes scale with the
 * zoom, so the spacing is sized for the zoom the columns will be framed at (the largest at which
 * shapes and labels fit the frame), and the number of rows is the one that allows the largest
 * zoom. Keeps the order of columns and rows; centred on `centre`. Pure.
 */
export const spreadColumns = (
  layout: Positions,
  centre: { x: number; y: number },
  sizes: Footprints,
  frame: { w: number; h: number } = { w: 1200, h: 700 },
): Positions => {
  const ids = Object.keys(layout);
  const node = Math.max(...ids.map((id) => fp(sizes, id).node));
  /** Screen room of a row's label, px (the shape comes on top, scaled by the zoom). */
  const labelRow = Math.max(...ids.map((id) => fp(sizes, id).labelH)) + GAP;
  const byX = new Map<number, string[]>();
  for (const id of ids) {
    const x = layout[id]!.x;
    const col = byX.get(x);
    if (col) col.push(id);
    else byX.set(x, [id]);
  }
  const types = [...byX.keys()]
    .sort((a, b) => a - b)
    .map((x) => byX.get(x)!.sort((a, b) => layout[a]!.y - layout[b]!.y || (a < b ? -1 : 1)));
  const widest = (col: string[]) => Math.max(...col.map((id) => fp(sizes, id).labelW));
  /** Columns of at most `rows` entities each, their screen offsets, and the zoom they fit at. */
  const arrange = (rows: number) => {
    const columns: string[][] = [];
    for (const col of types) {
      const per = Math.ceil(col.length / Math.ceil(col.length / rows));
      for (let i = 0; i < col.length; i += per) columns.push(col.slice(i, i + per));
    }
    const xs: number[] = [];
    columns.forEach((col, i) =>
      xs.push(i === 0 ? 0 : xs[i - 1]! + widest(columns[i - 1]!) / 2 + widest(col) / 2 + COLUMN_GAP),
    );
    const tall = Math.max(...columns.map((c) => c.length));
    const wide = xs.at(-1)!;
    // The outer columns' labels and the lowest row's need their room at the frame's edges.
    const edge = edgeRoom(Math.max(widest(columns[0]!), widest(columns.at(-1)!)), labelRow - GAP);
    const room = { w: frame.w - 2 * edge.x, h: frame.h - 2 * edge.y };
    // On screen: width = label gaps + one shape, height = (tall - 1) label rows + tall shapes. Where
    // not even the smallest shapes leave the labels their room, they get a share of it per axis.
    const share = (free: number, need: number) => (need <= 0 ? 1 : Math.max(0, Math.min(1, free / need)));
    const fill = {
      x: share(room.w - MIN_FRAME_ZOOM * node, wide),
      y: share(room.h - tall * MIN_FRAME_ZOOM * node, (tall - 1) * labelRow),
    };
    const zoom =
      Math.min(fill.x, fill.y) < 1
        ? MIN_FRAME_ZOOM
        : Math.min(MAX_FRAME_ZOOM, (room.w - wide) / node, (room.h - (tall - 1) * labelRow) / (tall * node));
    return { columns, xs, zoom, fill, crowding: fill.x * fill.y };
  };
  // As many rows as give the labels their room and then the largest picture (wide frames get
  // short columns).
  const tallest = Math.max(...types.map((c) => c.length));
  let best = arrange(tallest);
  for (let rows = 1; rows < tallest; rows++) {
    const next = arrange(rows);
    if (next.crowding > best.crowding || (next.crowding === best.crowding && next.zoom > best.zoom))
      best = next;
  }
  const { zoom, fill } = best;
  const rowHeight = node + (fill.y * labelRow) / zoom;
  const width = (fill.x * (best.xs.at(-1) ?? 0)) / zoom;
  const positions: Positions = {};
  best.columns.forEach((col, i) => {
    const height = (col.length - 1) * rowHeight;
    col.forEach((id, r) => {
      positions[id] = {
        x: centre.x - width / 2 + (fill.x * best.xs[i]!) / zoom,
        y: centre.y - height / 2 + r * rowHeight,
      };
    });
  });
  return positions;
};

/**
 * The camera frames a target at most this zoom (fitBox's default); columns are sized for at least
 * this one (smaller, shapes would be dots): past it, labels give way.
 */
const MAX_FRAME_ZOOM = 2;
const MIN_FRAME_ZOOM = 0.5;
