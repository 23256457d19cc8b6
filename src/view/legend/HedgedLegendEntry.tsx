import { useMemo } from 'react';
import { useDataset } from '../../dataset/DatasetContext';
import { edgeHedged } from '../../model/certainty';
import './hedged.css';

/**
 * Explains the hollow arrowhead of hedged relations (every statement behind them suggested,
 * proposed or contradicted), with how many there are. Nothing for a dataset without hedged values.
 */
export const HedgedLegendEntry = () => {
  const { graph, vocabulary } = useDataset();
  const count = useMemo(() => {
    let n = 0;
    graph.forEachEdge((_e, a) => {
      if (edgeHedged(vocabulary, a.evidence)) n += 1;
    });
    return n;
  }, [graph, vocabulary]);
  const hedges = vocabulary.certainty.filter((c) => c.role !== 'finding');
  if (hedges.length === 0 || count === 0) return null;
  const words = hedges.map((c) => c.label.toLowerCase()).join(', ');
  return (
    <p className="legend-hedged" title={`${count} relations rest only on ${words} statements`}>
      <svg width="30" height="12" viewBox="0 0 30 12" aria-hidden="true">
        <line x1="1" y1="6" x2="19" y2="6" stroke="#555" strokeWidth="2" />
        <polygon points="19,1.5 28,6 19,10.5" fill="#fff" stroke="#555" strokeWidth="1.5" />
      </svg>
      <span>
        Hollow arrowhead: only {words} statements ({count})
      </span>
    </p>
  );
};
