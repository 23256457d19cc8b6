import { describe, expect, it } from 'vitest';
import { createViewStore } from '../../src/state/store';
import { tinyDataset } from '../support/tinyGraph';

describe('the view store', () => {
  it('selects, focuses, keeps a breadcrumb and goes back', () => {
    const store = createViewStore(tinyDataset());
    const s = () => store.getState();
    s().selectNode('a');
    expect(s().selection).toEqual({ kind: 'node', id: 'a' });
    s().focusOn('a', 2);
    s().focusOn('b');
    s().focusOn('c');
    expect(s().focus).toEqual({ id: 'c', depth: 2 });
    expect(s().trail).toEqual(['a', 'b']);
    s().focusBack();
    expect(s().focus?.id).toBe('b');
    expect(s().selection).toEqual({ kind: 'node', id: 'b' });
    s().focusTrailTo(0);
    expect(s().focus?.id).toBe('a');
    expect(s().trail).toEqual([]);
    s().setFocusDepth(7);
    expect(s().focus?.depth).toBe(3);
    s().clearFocus();
    expect(s().focus).toBeNull();
  });

  it('toggles types and resets filters', () => {
    const store = createViewStore(tinyDataset());
    store.getState().toggleType('factor');
    expect(store.getState().filters.types).not.toContain('factor');
    store.getState().toggleType('factor');
    expect(store.getState().filters.types).toContain('factor');
    store.getState().setFilters({ minLevel: 'clinical' });
    store.getState().resetFilters();
    expect(store.getState().filters.minLevel).toBeUndefined();
  });

  it('builds a path from two ends chosen one at a time', () => {
    const store = createViewStore(tinyDataset());
    store.getState().setPathEnd('from', 'x');
    expect(store.getState().path).toBeNull();
    store.getState().setPathEnd('to', 'y');
    expect(store.getState().path).toEqual({ from: 'x', to: 'y' });
    store.getState().setPathEnd('from', 'z');
    expect(store.getState().path).toEqual({ from: 'z', to: 'y' });
  });

  it('frames everything after a new layout, unless a target is set afterwards', () => {
    const store = createViewStore(tinyDataset());
    store.getState().centreOn(['factor/vegf']);
    store.getState().setLayout('layered');
    expect(store.getState().camera.ids).toBeNull();
    store.getState().centreOn(['a', 'b']);
    store.getState().reframe();
    expect(store.getState().camera.ids).toEqual(['a', 'b']);
  });

  it('keeps at most four notices', () => {
    const store = createViewStore(tinyDataset());
    for (let i = 0; i < 6; i++) store.getState().notify(`n${i}`);
    expect(store.getState().notices.map((n) => n.text)).toEqual(['n2', 'n3', 'n4', 'n5']);
  });
});
