/**
 * The rendering levers of the canvas, chosen by graph size and renderer from measurements
 * (`npm run bench -- --scale`, ../shared/notes/performance-measured.md). A pure function: the
 * canvas applies the result in one place (useRenderSettings).
 */
export interface RenderSettings {
  /** Draw no edges while panning or wheel-zooming (wheel p95 at 5k: 311 → 81 ms). */
  hideEdgesOnViewport: boolean;
  /** 1 above a size: canvas cost grows with its pixel area (5k at DPR 2: first frame 9.4 → 5.7 s). */
  pixelRatio: number | 'auto';
  /** Cytoscape's WebGL mode: only on real graphics hardware, for big graphs (software WebGL is 1.3–17× slower). */
  webgl: boolean;
  /**
   * Above this many entities on screen, no arrows, no labels and no small entities (as Cytoscape
   * desktop does above a number of visible elements); null: never.
   */
  detailAboveOnScreen: number | null;
  /** Open with relations hidden until a filter or a focus narrows the view. */
  largeGraph: boolean;
}

export const HIDE_EDGES_ON_VIEWPORT_MIN = 1000;
export const PIXEL_RATIO_ONE_MIN = 1000;
export const WEBGL_MIN = 5000;
export const LEVEL_OF_DETAIL_MIN = 2000;
export const LARGE_GRAPH_MIN = 30000;
/** In large-graph mode, relations are drawn once the visible ones are this few. */
export const LARGE_GRAPH_EDGE_LIMIT = 20000;
/** Entities on screen above which the view is drawn in low detail (5k on screen: a frame 0.8 → 0.4 s). */
export const LEVEL_OF_DETAIL_ON_SCREEN = 1000;
/** Leaving low detail needs fewer entities on screen than entering it, so a wheel gesture does not flap. */
export const LEVEL_OF_DETAIL_LEAVE = 0.7;

/** Whether the next frame is drawn in low detail, given the last one and the entities now on screen. */
export const nextLowDetail = (low: boolean, onScreen: number, threshold: number): boolean =>
  onScreen > (low ? threshold * LEVEL_OF_DETAIL_LEAVE : threshold);

/** CPU-only implementations behind a WebGL context: SwiftShader, llvmpipe, softpipe, Microsoft Basic Render. */
export const isSoftwareRenderer = (renderer: string | undefined): boolean =>
  !renderer || /swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);

export const renderSettings = (nodes: number, renderer?: string): RenderSettings => ({
  hideEdgesOnViewport: nodes >= HIDE_EDGES_ON_VIEWPORT_MIN,
  pixelRatio: nodes >= PIXEL_RATIO_ONE_MIN ? 1 : 'auto',
  webgl: nodes >= WEBGL_MIN && !isSoftwareRenderer(renderer),
  detailAboveOnScreen: nodes >= LEVEL_OF_DETAIL_MIN ? LEVEL_OF_DETAIL_ON_SCREEN : null,
  largeGraph: nodes >= LARGE_GRAPH_MIN,
});

/** The WebGL renderer string of this browser (WEBGL_debug_renderer_info), or undefined without WebGL. */
export const webglRenderer = (): string | undefined => {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const name = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : undefined;
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return undefined;
  }
};
