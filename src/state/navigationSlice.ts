import type { StateCreator } from 'zustand';
import type { PathDirection } from '../model/paths';
import type { ViewStore } from './store';
import { MAX_FOCUS_DEPTH, type Focus, type Selection } from './viewTypes';

/** Where the reader is: the selected entity or edge, the focused neighbourhood, a path, a reference. */
export interface NavigationSlice {
  selection: Selection;
  focus: Focus | null;
  /** Entities focused before the current one (breadcrumb), oldest first. */
  trail: string[];
  path: { from: string; to: string } | null;
  /** A path end chosen while the other is still missing. */
  pathDraft: { from?: string; to?: string };
  /** Index of the highlighted path among the shortest paths found. */
  pathIndex: number;
  /** Paths as chains of claims (`follow`, the default) or in any direction. */
  pathDirection: PathDirection;
  ref: number | null;
  selectNode: (id: string) => void;
  selectEdge: (id: string) => void;
  clearSelection: () => void;
  focusOn: (id: string, depth?: number) => void;
  setFocusDepth: (depth: number) => void;
  focusBack: () => void;
  focusTrailTo: (index: number) => void;
  clearFocus: () => void;
  setPath: (from: string, to: string) => void;
  setPathEnd: (end: 'from' | 'to', id: string) => void;
  setPathIndex: (index: number) => void;
  setPathDirection: (direction: PathDirection) => void;
  clearPath: () => void;
  selectRef: (ref: number | null) => void;
}

const clampDepth = (depth: number): number => Math.min(MAX_FOCUS_DEPTH, Math.max(1, Math.round(depth)));

export const createNavigationSlice: StateCreator<ViewStore, [], [], NavigationSlice> = (set) => ({
  selection: null,
  focus: null,
  trail: [],
  path: null,
  pathDraft: {},
  pathIndex: 0,
  pathDirection: 'follow',
  ref: null,
  selectNode: (id) => set({ selection: { kind: 'node', id } }),
  selectEdge: (id) => set({ selection: { kind: 'edge', id } }),
  clearSelection: () => set({ selection: null }),
  focusOn: (id, depth) =>
    set((s) => {
      if (s.focus?.id === id) return { focus: { id, depth: clampDepth(depth ?? s.focus.depth) } };
      return {
        focus: { id, depth: clampDepth(depth ?? s.focus?.depth ?? 1) },
        trail: s.focus ? [...s.trail, s.focus.id] : s.trail,
        selection: { kind: 'node', id },
      };
    }),
  setFocusDepth: (depth) => set((s) => (s.focus ? { focus: { ...s.focus, depth: clampDepth(depth) } } : {})),
  focusBack: () =>
    set((s) => {
      const previous = s.trail.at(-1);
      if (!previous) return { focus: null, trail: [] };
      return {
        focus: { id: previous, depth: s.focus?.depth ?? 1 },
        trail: s.trail.slice(0, -1),
        selection: { kind: 'node', id: previous },
      };
    }),
  focusTrailTo: (index) =>
    set((s) => {
      const id = s.trail[index];
      if (id === undefined) return {};
      return {
        focus: { id, depth: s.focus?.depth ?? 1 },
        trail: s.trail.slice(0, index),
        selection: { kind: 'node', id },
      };
    }),
  clearFocus: () => set({ focus: null, trail: [] }),
  setPath: (from, to) => set({ path: { from, to }, pathDraft: { from, to }, pathIndex: 0 }),
  setPathEnd: (end, id) =>
    set((s) => {
      const draft = { ...s.pathDraft, ...(s.path ?? {}), [end]: id };
      return draft.from && draft.to && draft.from !== draft.to
        ? { path: { from: draft.from, to: draft.to }, pathDraft: draft, pathIndex: 0 }
        : { path: null, pathDraft: draft };
    }),
  setPathIndex: (pathIndex) => set({ pathIndex }),
  setPathDirection: (pathDirection) => set({ pathDirection, pathIndex: 0 }),
  clearPath: () => set({ path: null, pathDraft: {}, pathIndex: 0 }),
  selectRef: (ref) => set({ ref }),
});
