import { useVocabulary } from '../../dataset/DatasetContext';
import type { Vocabulary } from '../../model/vocabulary/vocabulary';
import { useViewStore, useViewStoreApi } from '../../state/store';

/** Each relation family of the schema with its colour and a few of its verbs ("Mechanism: acts through, …"). */
const familySamples = (v: Vocabulary) =>
  v.schema.relationFamilies.map((family) => {
    const verbs = v.schema.relations.filter((r) => r.family === family.id).map((r) => r.verb);
    const more = verbs.length > 3 ? ', …' : '';
    return {
      id: family.id,
      colour: family.colour,
      text: verbs.length ? `${family.label}: ${verbs.slice(0, 3).join(', ')}${more}` : family.label,
    };
  });

/** What edge colour and node size mean, and how many labels to draw. */
export const LegendKey = () => {
  const vocabulary = useVocabulary();
  const density = useViewStore((s) => s.labelDensity);
  const follow = useViewStore((s) => s.labelsFollowZoom);
  const { setLabelDensity, setLabelsFollowZoom } = useViewStoreApi().getState();
  return (
    <>
      <p className="legend-lines" aria-label="Edge colours">
        {familySamples(vocabulary).map((f) => (
          <span key={f.id} className="colour-sample" style={{ ['--sample' as string]: f.colour }}>
            {f.text}
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
