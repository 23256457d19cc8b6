import { FAMILY_COLOURS } from '../canvas/stylesheet';
import { useViewStore } from '../../state/store';

const FAMILY_NAMES: Record<keyof typeof FAMILY_COLOURS, string> = {
  composition: 'Source of, secretes, expresses',
  mechanism: 'Acts through, mediates, acts on',
  regulation: 'Increases, inhibits',
  therapeutic: 'Enhances, improves, tested in',
  methodology: 'Isolated by, addresses, limits',
};

/** What edge colour and node size mean, and how many labels to draw. */
export const LegendKey = () => {
  const density = useViewStore((s) => s.labelDensity);
  const follow = useViewStore((s) => s.labelsFollowZoom);
  const { setLabelDensity, setLabelsFollowZoom } = useViewStore.getState();
  return (
    <>
      <p className="legend-lines" aria-label="Edge colours">
        {Object.entries(FAMILY_COLOURS).map(([family, colour]) => (
          <span key={family} className="colour-sample" style={{ ['--sample' as string]: colour }}>
            {FAMILY_NAMES[family as keyof typeof FAMILY_COLOURS]}
          </span>
        ))}
      </p>
      <p className="legend-lines legend-size">
        <span className="size-sample" aria-hidden="true">
          <i />
          <i />
          <i />
        </span>
        Size: evidence items on its relations
      </p>
      <div className="legend-lines legend-labels">
        <label>
          Label density{' '}
          <input
            type="range"
            min={1}
            max={5}
            step={1}
            value={density}
            onChange={(e) => setLabelDensity(Number(e.target.value))}
            aria-valuetext={['', 'fewest', 'fewer', 'default', 'more', 'all that fit'][density]}
          />
        </label>
        <label>
          <input type="checkbox" checked={follow} onChange={(e) => setLabelsFollowZoom(e.target.checked)} />{' '}
          Labels follow zoom
        </label>
      </div>
    </>
  );
};
