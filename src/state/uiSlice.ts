import type { StateCreator } from 'zustand';
import type { ViewStore } from './store';
import { addNotice } from './notices';
import type { LayoutName, Notice, NoticeOptions, SidePanel, ViewName } from './viewTypes';

export interface UiSlice {
  view: ViewName;
  layout: LayoutName;
  /** Increments when the user asks to re-run the current layout. */
  layoutRun: number;
  /** A camera move the canvas should make: fit `ids` (or everything visible when null). */
  camera: { ids: string[] | null; seq: number };
  panel: SidePanel;
  notices: Notice[];
  setView: (view: ViewName) => void;
  setLayout: (layout: LayoutName) => void;
  rerunLayout: () => void;
  requestFit: () => void;
  centreOn: (ids: string[]) => void;
  /** Repeats the last camera move (after a layout has moved the nodes). */
  reframe: () => void;
  setPanel: (panel: SidePanel) => void;
  /** Shows a notice; it expires unless `persistent` (warnings about saved work stay until dismissed). */
  notify: (text: string, options?: NoticeOptions) => void;
  dismissNotice: (id: number) => void;
}

export const createUiSlice: StateCreator<ViewStore, [], [], UiSlice> = (set) => ({
  view: 'graph',
  layout: 'default',
  layoutRun: 0,
  camera: { ids: null, seq: 0 },
  panel: 'details',
  notices: [],
  setView: (view) => set({ view }),
  // A new layout frames everything, unless a camera target is set afterwards (a story step does).
  setLayout: (layout) =>
    set((s) => ({ layout, layoutRun: s.layoutRun + 1, camera: { ids: null, seq: s.camera.seq } })),
  rerunLayout: () => set((s) => ({ layoutRun: s.layoutRun + 1, camera: { ids: null, seq: s.camera.seq } })),
  requestFit: () => set((s) => ({ camera: { ids: null, seq: s.camera.seq + 1 } })),
  centreOn: (ids) => set((s) => ({ camera: { ids, seq: s.camera.seq + 1 } })),
  reframe: () => set((s) => ({ camera: { ids: s.camera.ids, seq: s.camera.seq + 1 } })),
  setPanel: (panel) => set({ panel }),
  notify: (text, options) => set((s) => ({ notices: addNotice(s.notices, text, options) })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
