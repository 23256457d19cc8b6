import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../src/dataset/dataset';
import { loadGraph } from '../../src/io/loadGraph';
import { createViewStore } from '../../src/state/store';
import { defaultUrlView, type UrlView } from '../../src/state/urlState';
import { currentView, viewFromStep, viewFromUrl, viewToStep, viewToUrl } from '../../src/state/viewCodec';
import { tinyDataset } from '../support/tinyGraph';

const loaded = loadGraph(resolve('graph-data'));
const dataset = makeDataset(
  loaded.graph!,
  {},
  (loaded.data?.stories ?? []).map((s) => s.value),
);
const { graph, vocabulary } = dataset;
const base = defaultUrlView(vocabulary);
const steps = dataset.stories.flatMap((story) =>
  story.steps.map((step, i) => ({ name: `${story.id} step ${i + 1}`, step })),
);

describe('the view codec: URL ⇄ view ⇄ story step', () => {
  it('has every shipped step to check', () => {
    expect(steps.length).toBeGreaterThan(20);
  });

  it.each(steps)('$name, written as a link and read back, is the same view', ({ step }) => {
    const { view } = viewFromStep(graph, vocabulary, step.view, base);
    const { view: back, notices } = viewFromUrl(viewToUrl(view, vocabulary), dataset);
    expect(notices).toEqual([]);
    expect(back).toEqual(view);
  });

  it.each(steps)('$name, captured as a new step, asks for the same view', ({ step }) => {
    const { view } = viewFromStep(graph, vocabulary, step.view, base);
    const captured = viewToStep(graph, view);
    expect(viewFromStep(graph, vocabulary, captured.view, base).view).toEqual(view);
  });

  it('keeps the gap axes, the layout and the story position a step does not set', () => {
    const playing: UrlView = { ...base, layout: 'force', gapRows: 'x', story: { id: 's', step: 2 } };
    const { view, camera } = viewFromStep(graph, vocabulary, { focus: ['factor/vegf'] }, playing);
    expect(view).toMatchObject({ layout: 'force', gapRows: 'x', story: { id: 's', step: 2 } });
    expect(view.selection).toEqual({ kind: 'node', id: 'factor/vegf' });
    expect(camera).toEqual(['factor/vegf']);
  });

  it("never makes a step's declared layout the global layout", () => {
    // A step's layout is laid out locally on that step's elements (the local layout reads it from
    // the step itself), the rest never moved: were it part of the view, it would rearrange the whole
    // graph and stick to the following steps, where labels end up a few pixels high.
    const playing: UrlView = { ...base, layout: 'force', story: { id: 's', step: 2 } };
    const step = { focus: ['factor/vegf'], layout: 'layered' } as Parameters<typeof viewFromStep>[2];
    expect(viewFromStep(graph, vocabulary, step, playing).view.layout).toBe('force');
    expect(viewFromStep(graph, vocabulary, step, base).view.layout).toBe(base.layout);
  });
});

describe('applyView, the one action that makes a view current', () => {
  const tiny = tinyDataset();
  const fresh = () => createViewStore(tiny);
  const at = (partial: Partial<UrlView>): UrlView => ({ ...defaultUrlView(tiny.vocabulary), ...partial });

  it('applies everything the URL carries, and reads back the same', () => {
    const store = fresh();
    const view = at({ selection: { kind: 'node', id: 'b' }, panel: 'list', ref: null, view: 'gaps' });
    store.getState().applyView(view);
    expect(currentView(store.getState())).toEqual(view);
  });

  it('follows the focus breadcrumb like the reader’s own moves, or starts anew for a step', () => {
    const store = fresh();
    const s = () => store.getState();
    s().applyView(at({ focus: { id: 'a', depth: 1 } }));
    s().applyView(at({ focus: { id: 'b', depth: 1 } }));
    expect(s().trail).toEqual(['a']);
    s().applyView(at({ focus: { id: 'a', depth: 1 } }));
    expect(s().trail).toEqual([]);
    s().applyView(at({ focus: { id: 'b', depth: 1 } }));
    s().applyView(at({ focus: { id: 'c', depth: 1 } }), { trail: 'reset' });
    expect(s().trail).toEqual([]);
  });

  it('never selects a quiz step’s hidden relation, and hides the answer again on a new step', () => {
    const store = fresh();
    const s = () => store.getState();
    s().applyView(at({ story: { id: 'x', step: 0 } }));
    s().revealQuiz();
    s().applyView(at({ story: { id: 'x', step: 0 }, selection: { kind: 'edge', id: 'e1' } }), {
      conceal: 'e1',
    });
    expect(s().selection).toBeNull();
    expect(s().quizRevealed).toBe(true);
    s().applyView(at({ story: { id: 'x', step: 1 } }));
    expect(s().quizRevealed).toBe(false);
  });

  it('reruns the layout when it changes and moves the camera only when asked', () => {
    const store = fresh();
    const s = () => store.getState();
    const { layoutRun, camera } = s();
    s().applyView(at({}));
    expect(s().camera).toEqual(camera);
    s().applyView(at({ layout: 'concentric' }), { camera: ['a', 'b'] });
    expect(s().layoutRun).toBe(layoutRun + 1);
    expect(s().camera).toEqual({ ids: ['a', 'b'], seq: camera.seq + 1 });
    s().applyView(at({ layout: 'concentric' }), { camera: 'all' });
    expect(s().layoutRun).toBe(layoutRun + 1);
    expect(s().camera).toEqual({ ids: null, seq: camera.seq + 2 });
  });

  it('keeps the highlighted path while the path stays, and starts at the first for a new one', () => {
    const store = fresh();
    const s = () => store.getState();
    s().applyView(at({ path: { from: 'a', to: 'c' } }));
    s().setPathIndex(2);
    s().applyView(at({ path: { from: 'a', to: 'c' }, panel: 'paths' }));
    expect(s().pathIndex).toBe(2);
    s().applyView(at({ path: { from: 'c', to: 'a' } }));
    expect(s().pathIndex).toBe(0);
    expect(s().pathDraft).toEqual({ from: 'c', to: 'a' });
  });
});
