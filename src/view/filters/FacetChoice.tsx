import { useMemo } from 'react';
import { useVocabulary } from '../../dataset/DatasetContext';
import { useViewStore } from '../../state/store';
import type { Filters } from '../../state/viewTypes';
import { useFilterEffects } from './useFilterEffects';

/** One facet of the dataset (the review's: MSCs or exosomes) as radio buttons with their count effects. */
export const FacetChoice = ({ facet, counted, open }: { facet: string; counted: Filters; open: boolean }) => {
  const info = useVocabulary().facet(facet)!;
  const value = useViewStore((s) => s.filters.facets[facet] ?? 'all');
  const setFacet = useViewStore((s) => s.setFacet);
  const options = useMemo(() => ['all', ...info.values.map((v) => v.id)], [info]);
  const effects = useFilterEffects(counted, open).facets[facet];
  const counts = options.map((option) => effects?.[option]);
  const label = (option: string) =>
    option === 'all' ? info.all : (info.values.find((v) => v.id === option)?.label ?? option);
  return (
    <fieldset>
      <legend>{info.label}</legend>
      {options.map((option, i) => (
        <label key={option}>
          <input
            type="radio"
            name={`facet-${facet}`}
            checked={value === option}
            onChange={() => setFacet(facet, option)}
          />{' '}
          {label(option)} <span className="muted">({counts[i]} relations)</span>
        </label>
      ))}
    </fieldset>
  );
};
