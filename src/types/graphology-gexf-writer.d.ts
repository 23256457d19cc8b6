/**
 * graphology-gexf's writer on its own (the package's entry points also load its DOM-based parser,
 * which needs a global DOMParser that Web Workers lack). See graphology-gexf/common/types.d.ts.
 */
declare module 'graphology-gexf/common/writer.js' {
  import type Graph from 'graphology';
  import type { GexfWriterOptions } from 'graphology-gexf/common/types';
  const write: (graph: Graph, options?: GexfWriterOptions) => string;
  export default write;
}
