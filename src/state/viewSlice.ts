import type { StateCreator } from 'zustand';
import type { ViewStore } from './store';
import type { UrlView } from './urlState';
import type { CameraTarget } from './viewCodec';

export interface ApplyViewOptions {
  /** Where the camera goes afterwards (default: it stays, unless the layout changes). */
  camera?: CameraTarget;
  /** An id that must not be selected (a quiz step's hidden relation). */
  conceal?: string;
  /**
   * The focus breadcrumb: 'follow' treats the change as the reader's own move (Back to the previous
   * entity drops it from the trail, another entity adds the old one); 'reset' starts a new trail (a
   * story step).
   */
  trail?: 'follow' | 'reset';
}

export interface ViewSlice {
  /** Makes the store show `view`: the one way a URL or a story step becomes state. */
  applyView: (view: UrlView, options?: ApplyViewOptions) => void;
}

const samePath = (a: UrlView['path'], b: UrlView['path']) => a?.from === b?.from && a?.to === b?.to;

const nextTrail = (s: ViewStore, focus: UrlView['focus'], rule: 'follow' | 'reset'): string[] => {
  if (!focus || rule === 'reset') return [];
  if (s.focus?.id === focus.id) return s.trail;
  if (s.trail.at(-1) === focus.id) return s.trail.slice(0, -1);
  return s.focus ? [...s.trail, s.focus.id] : s.trail;
};

export const createViewSlice: StateCreator<ViewStore, [], [], ViewSlice> = (set) => ({
  applyView: (view, options = {}) =>
    set((s) => {
      const layoutChanged = view.layout !== s.layout;
      const storyChanged = view.story?.id !== s.story?.id || view.story?.step !== s.story?.step;
      const { camera } = options;
      const seq = s.camera.seq + (camera ? 1 : 0);
      return {
        ...view,
        selection: view.selection && view.selection.id === options.conceal ? null : view.selection,
        trail: nextTrail(s, view.focus, options.trail ?? 'follow'),
        pathDraft: view.path ? { ...view.path } : samePath(view.path, s.path) ? s.pathDraft : {},
        pathIndex: samePath(view.path, s.path) && view.pathDirection === s.pathDirection ? s.pathIndex : 0,
        quizRevealed: storyChanged ? false : s.quizRevealed,
        layoutRun: layoutChanged ? s.layoutRun + 1 : s.layoutRun,
        camera: camera
          ? { ids: camera === 'all' ? null : camera, seq }
          : layoutChanged
            ? { ids: null, seq: s.camera.seq }
            : s.camera,
      };
    }),
});
