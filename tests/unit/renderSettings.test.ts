import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { withRenderRules } from '../../src/view/canvas/renderRules';
import {
  isSoftwareRenderer,
  LEVEL_OF_DETAIL_ON_SCREEN,
  nextLowDetail,
  renderSettings,
} from '../../src/view/canvas/renderSettings';

type Rule = { selector: string; style: Record<string, unknown> };

const SWIFTSHADER =
  'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const LLVMPIPE = 'llvmpipe (LLVM 15.0.6, 256 bits)';
const HARDWARE = 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)';

describe('render settings by size and renderer', () => {
  it('leaves a small graph as drawn today', () => {
    expect(renderSettings(300, HARDWARE)).toEqual({
      hideEdgesOnViewport: false,
      pixelRatio: 'auto',
      webgl: false,
      detailAboveOnScreen: null,
      largeGraph: false,
    });
  });

  it('turns the measured levers on as the graph grows', () => {
    const at5k = renderSettings(5000, SWIFTSHADER);
    expect(at5k.hideEdgesOnViewport).toBe(true);
    expect(at5k.pixelRatio).toBe(1);
    expect(at5k.detailAboveOnScreen).toBe(LEVEL_OF_DETAIL_ON_SCREEN);
    expect(at5k.largeGraph).toBe(false);
    expect(renderSettings(50_000, SWIFTSHADER).largeGraph).toBe(true);
  });

  it('enters low detail above the threshold on screen and leaves it only well below (no flapping)', () => {
    const t = LEVEL_OF_DETAIL_ON_SCREEN;
    expect(nextLowDetail(false, t, t)).toBe(false);
    expect(nextLowDetail(false, t + 1, t)).toBe(true);
    // Just under the threshold again: stays low until far fewer are on screen.
    expect(nextLowDetail(true, t - 1, t)).toBe(true);
    expect(nextLowDetail(true, Math.floor(t * 0.6), t)).toBe(false);
  });

  it('never picks WebGL on a software renderer (this machine: SwiftShader), nor without one', () => {
    for (const renderer of [SWIFTSHADER, LLVMPIPE, 'Microsoft Basic Render Driver', undefined]) {
      expect(isSoftwareRenderer(renderer)).toBe(true);
      expect(renderSettings(50_000, renderer).webgl).toBe(false);
    }
    expect(isSoftwareRenderer(HARDWARE)).toBe(false);
    expect(renderSettings(50_000, HARDWARE).webgl).toBe(true);
    expect(renderSettings(1000, HARDWARE).webgl).toBe(false);
  });

  it('adds the level-of-detail and hidden-edge rules only when they apply, filters still winning', () => {
    const base = [{ selector: 'node', style: { label: 'data(label)' } }];
    expect(withRenderRules(base, false, false, false)).toBe(base);
    const low = withRenderRules(base, true, false, false) as Rule[];
    expect(low.some((r) => r.selector === 'edge' && r.style['target-arrow-shape'] === 'none')).toBe(true);
    const hidden = withRenderRules(base, false, true, false) as Rule[];
    expect(hidden.findIndex((r) => r.selector === 'edge' && r.style.display === 'none')).toBeGreaterThan(0);
    expect(hidden.at(-1)).toEqual({ selector: '.hidden', style: { display: 'none' } });
  });

  it('draws, in large-graph mode, the relations a selection or a focus brings forward', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [
        ...['a', 'b', 'c', 'd'].map((id) => ({ data: { id } })),
        { data: { id: 'ab', source: 'a', target: 'b' }, classes: 'neighbour' },
        { data: { id: 'bc', source: 'b', target: 'c' } },
        { data: { id: 'cd', source: 'c', target: 'd' }, classes: 'faded' },
      ],
    });
    const drawn = (focused: boolean) => {
      cy.style(withRenderRules([], false, true, focused));
      return cy
        .edges()
        .filter((e) => e.visible())
        .map((e) => e.id());
    };
    expect(drawn(false)).toEqual(['ab']);
    expect(drawn(true)).toEqual(['ab', 'bc']);
    cy.getElementById('bc').addClass('hidden');
    expect(drawn(true)).toEqual(['ab']);
    // Every selector is one Cytoscape accepts (it warns, and drops the rule, otherwise).
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    cy.destroy();
  });
});
