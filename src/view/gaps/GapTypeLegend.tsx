import { GAP_TYPES, GAP_TYPE_LABELS } from '../../model/gaps/gapType';

/** The gap types, each with its pattern and its word (what a cell shows besides its level colour). */
export const GapTypeLegend = () => (
  <ul className="gap-type-legend" aria-label="Gap types">
    {GAP_TYPES.map((t) => (
      <li key={t} title={GAP_TYPE_LABELS[t].description}>
        <span className={`gap-swatch type-${t}`} aria-hidden="true" />
        {GAP_TYPE_LABELS[t].label} <span className="muted">({GAP_TYPE_LABELS[t].short})</span>
      </li>
    ))}
  </ul>
);
