import { useViewStore } from '../../state/store';
import type { LayoutName } from '../../state/viewTypes';
import { LayoutProgress } from './LayoutProgress';

const LAYOUTS: { id: LayoutName; label: string }[] = [
  { id: 'default', label: 'Stored layout' },
  { id: 'force', label: 'Force (recompute)' },
  { id: 'layered', label: 'Left to right' },
  { id: 'concentric', label: 'Concentric' },
];

/** Choose and re-run a layout; fit the view. Layouts run only when asked. */
export const LayoutControls = () => {
  const layout = useViewStore((s) => s.layout);
  const setLayout = useViewStore((s) => s.setLayout);
  const rerun = useViewStore((s) => s.rerunLayout);
  const fit = useViewStore((s) => s.requestFit);
  return (
    <div className="layout-controls" role="group" aria-label="Layout">
      <label>
        <span className="visually-hidden">Layout</span>
        <select value={layout} onChange={(e) => setLayout(e.target.value as LayoutName)}>
          {LAYOUTS.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={rerun}>
        Re-run
      </button>
      <button type="button" onClick={fit}>
        Fit
      </button>
      <LayoutProgress />
    </div>
  );
};
