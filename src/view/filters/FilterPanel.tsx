import { useDeferredValue, useState } from 'react';
import { useVocabulary } from '../../dataset/DatasetContext';
import type { Vocabulary } from '../../model/vocabulary/vocabulary';
import { useViewStore } from '../../state/store';
import { defaultFilters } from '../../state/viewTypes';
import { CertaintyChoice } from './CertaintyChoice';
import { FacetChoice } from './FacetChoice';
import { useFilterEffects } from './useFilterEffects';

/** "Clinical only", "Animal and above", …, "All evidence": the minimum-level choices of a schema. */
const levelText = (v: Vocabulary, index: number): string => {
  const level = v.levels[index]!;
  if (index === v.levels.length - 1) return 'All evidence';
  return index === 0 ? `${level.label} only` : `${level.label} and above`;
};

const toggle = <T,>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

/** Evidence level, certainty, facet, section, relation kind and isolated-node filters, each with its count effect. */
export const FilterPanel = () => {
  const vocabulary = useVocabulary();
  const [open, setOpen] = useState(false);
  const filters = useViewStore((s) => s.filters);
  const setFilters = useViewStore((s) => s.setFilters);
  const reset = useViewStore((s) => s.resetFilters);
  // Counted from a deferred copy, so a filter change repaints first and the counts follow.
  const counted = useDeferredValue(filters);
  const {
    levels: levelCounts,
    sections: sectionCounts,
    relations: relationCounts,
  } = useFilterEffects(counted, open);
  const active = JSON.stringify(filters) !== JSON.stringify(defaultFilters(vocabulary));
  const minLevel = filters.minLevel ?? vocabulary.weakest;
  return (
    <div className="filter-panel">
      <button type="button" aria-expanded={open} aria-controls="filter-body" onClick={() => setOpen(!open)}>
        Filters{active ? ' (on)' : ''}
      </button>
      {open && (
        <section id="filter-body" className="filter-body" aria-label="Filters">
          {vocabulary.levels.length > 0 && (
            <fieldset>
              <legend>Minimum evidence level</legend>
              {vocabulary.levels.map((level, i) => (
                <label key={level.id}>
                  <input
                    type="radio"
                    name="level"
                    checked={minLevel === level.id}
                    onChange={() => setFilters({ minLevel: level.id })}
                  />{' '}
                  {levelText(vocabulary, i)}{' '}
                  <span className="muted" title={level.description}>
                    ({levelCounts[i]} relations)
                  </span>
                </label>
              ))}
            </fieldset>
          )}
          <CertaintyChoice counted={counted} open={open} />
          {vocabulary.schema.facets.map((facet) => (
            <FacetChoice key={facet.id} facet={facet.id} counted={counted} open={open} />
          ))}
          <fieldset className="scroll-list">
            <legend>Sections {filters.sections.length > 0 ? `(${filters.sections.length})` : '(all)'}</legend>
            {vocabulary.sections.map((section, i) => (
              <label key={section.id}>
                <input
                  type="checkbox"
                  checked={filters.sections.includes(section.id)}
                  onChange={() => setFilters({ sections: toggle(filters.sections, section.id) })}
                />{' '}
                {section.id}{' '}
                <span className="muted">
                  {section.title} ({sectionCounts[i]})
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset className="scroll-list">
            <legend>
              Relation kinds {filters.relations.length > 0 ? `(${filters.relations.length})` : '(all)'}
            </legend>
            {vocabulary.relations.map((relation, i) => (
              <label key={relation.id}>
                <input
                  type="checkbox"
                  checked={filters.relations.includes(relation.id)}
                  onChange={() => setFilters({ relations: toggle(filters.relations, relation.id) })}
                />{' '}
                {relation.verb} <span className="muted">({relationCounts[i]})</span>
              </label>
            ))}
          </fieldset>
          <label>
            <input
              type="checkbox"
              checked={filters.hideIsolated}
              onChange={() => setFilters({ hideIsolated: !filters.hideIsolated })}
            />{' '}
            Hide entities with no visible relation
          </label>
          <p>
            <button type="button" onClick={reset} disabled={!active}>
              Reset filters
            </button>
          </p>
        </section>
      )}
    </div>
  );
};
