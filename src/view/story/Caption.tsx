import type { ReactNode } from 'react';
import { useGraph } from '../../dataset/DatasetContext';
import { useViewStoreApi } from '../../state/store';

/**
 * A caption with **bold**, *italic* and [label](id) links to entities or relations, turned
 * into React elements (never injected as HTML).
 */
export const Caption = ({ text }: { text: string }) => {
  const store = useViewStoreApi();
  const graph = useGraph();
  const parts: ReactNode[] = [];
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    if (m[1] !== undefined) parts.push(<strong key={m.index}>{m[1]}</strong>);
    else if (m[2] !== undefined) parts.push(<em key={m.index}>{m[2]}</em>);
    else {
      const id = m[4]!;
      const open = () => {
        const state = store.getState();
        if (graph.hasEdge(id)) state.selectEdge(id);
        else if (graph.hasNode(id)) {
          state.selectNode(id);
          state.centreOn([id]);
        }
      };
      parts.push(
        <button key={m.index} type="button" className="caption-link" onClick={open}>
          {m[3]}
        </button>,
      );
    }
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
};
