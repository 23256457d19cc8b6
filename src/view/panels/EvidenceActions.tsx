import { useGraph } from '../../dataset/DatasetContext';
import { FLAG_LABELS } from '../../model/audit/flags';
import type { EvidenceItem } from '../../model/types';
import { useViewStore, useViewStoreApi } from '../../state/store';
import { FlagForm } from '../lazyViews';

/** "Read in context" (the reader, at this statement) and "Flag" (the audit form) for one evidence item. */
export const EvidenceActions = ({ item, edge }: { item: EvidenceItem; edge?: string | undefined }) => {
  const store = useViewStoreApi();
  const graph = useGraph();
  const index =
    edge && graph.hasEdge(edge)
      ? graph
          .getEdgeAttribute(edge, 'evidence')
          .findIndex((i) => i.quote === item.quote && i.section === item.section)
      : -1;
  const flagging = useViewStore((s) => s.flagging);
  const flags = useViewStore((s) => s.flags);
  const open = !!edge && flagging?.edge === edge && flagging.index === index;
  const mine = flags.filter((f) => f.edge === edge && f.item.index === index);
  return (
    <div className="evidence-actions">
      {item.at && (
        <button type="button" onClick={() => store.getState().readAt({ p: item.at!.p, s: item.at!.s })}>
          Read in context
        </button>
      )}
      {edge && index >= 0 && (
        <button
          type="button"
          aria-expanded={open}
          onClick={() => (open ? store.getState().cancelFlag() : store.getState().startFlag(edge, index))}
        >
          Flag
        </button>
      )}
      {mine.map((f) => (
        <span key={f.id} className="badge flagged" title={f.note}>
          Flagged: {FLAG_LABELS[f.error]}
        </span>
      ))}
      {open && <FlagForm edge={edge} index={index} />}
    </div>
  );
};
