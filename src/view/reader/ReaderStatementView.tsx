import { useGraph } from '../../dataset/DatasetContext';
import { claimSentence } from '../../model/claims';
import type { ReaderStatement } from '../../model/reader/readerOutline';
import { useViewStore } from '../../state/store';
import { EntityLink } from '../common/EntityLink';
import { LevelBadge } from '../common/LevelBadge';

/** One statement the graph holds: its quote, the relations it supports and the entities it names. */
export const ReaderStatementView = ({ statement }: { statement: ReaderStatement }) => {
  const graph = useGraph();
  const selectEdge = useViewStore((s) => s.selectEdge);
  return (
    <div className="reader-statement">
      <blockquote>
        <LevelBadge level={statement.item.level} /> {statement.item.quote}
      </blockquote>
      <p className="muted">
        Supports:{' '}
        {statement.edges.map((e) => (
          <button key={e} type="button" className="relation-link" onClick={() => selectEdge(e)}>
            {claimSentence(graph, e)}
          </button>
        ))}
      </p>
      <p className="muted reader-named">
        Names:{' '}
        {statement.named.map((id) => (
          <EntityLink key={id} id={id} />
        ))}
      </p>
    </div>
  );
};
