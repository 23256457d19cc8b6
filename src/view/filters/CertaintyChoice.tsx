import { useMemo } from 'react';
import { useGraph, useVocabulary } from '../../dataset/DatasetContext';
import { certaintyOptions, matchingOption } from '../../model/certainty';
import { certaintyEffects } from '../../model/filters/certaintyEffects';
import { useViewStore } from '../../state/store';
import type { Filters } from '../../state/viewTypes';

/**
 * How certain the statements must be: all, stated findings only, or one hedged kind on its own, each
 * with how many relations it would leave. A combination only a URL can ask for shows as its own choice.
 */
export const CertaintyChoice = ({ counted, open }: { counted: Filters; open: boolean }) => {
  const vocabulary = useVocabulary();
  const graph = useGraph();
  const chosen = useViewStore((s) => s.filters.certainty);
  const setFilters = useViewStore((s) => s.setFilters);
  const options = useMemo(() => certaintyOptions(vocabulary), [vocabulary]);
  const shown = useMemo(() => {
    if (matchingOption(options, chosen)) return options;
    const labels = chosen.map((id) => vocabulary.certaintyLabel(id));
    return [...options, { key: chosen.join(','), label: `Only ${labels.join(', ')}`, values: [...chosen] }];
  }, [options, chosen, vocabulary]);
  const counts = useMemo(
    () =>
      open
        ? certaintyEffects(
            graph,
            counted,
            shown.map((option) => option.values),
          )
        : [],
    [graph, counted, shown, open],
  );
  if (options.length === 0) return null;
  const current = matchingOption(shown, chosen);
  return (
    <fieldset>
      <legend>Certainty</legend>
      {shown.map((option, i) => (
        <label key={option.key} title={option.description}>
          <input
            type="radio"
            name="certainty"
            checked={current?.key === option.key}
            onChange={() => setFilters({ certainty: option.values })}
          />{' '}
          {option.label} <span className="muted">({counts[i]} relations)</span>
        </label>
      ))}
    </fieldset>
  );
};
