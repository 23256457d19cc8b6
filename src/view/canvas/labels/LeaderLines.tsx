import { useSyncExternalStore } from 'react';
import { getLabelReport, subscribeLabelReport } from './labelReport';

/**
 * Leader lines from nodes to the callouts of forced labels that had no room beside their node.
 * Drawn over the canvas (it never takes a pointer event) and hidden while the view moves.
 */
export const LeaderLines = () => {
  const report = useSyncExternalStore(subscribeLabelReport, getLabelReport);
  if (report.pending || report.callouts.length === 0) return null;
  return (
    <svg className="leader-lines" aria-hidden="true">
      {report.callouts.map((l) => (
        <line key={l.id} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} />
      ))}
    </svg>
  );
};
