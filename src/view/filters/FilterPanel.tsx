import { useDeferredValue, useState } from 'react';
import {
  LEVEL_IDS,
  LEVELS,
  SECTION_IDS,
  SECTION_TITLES,
  type Level,
  type Section,
} from '../../model/evidence';
import { RELATION_IDS, RELATIONS, type Relation } from '../../model/relations';
import { useViewStore } from '../../state/store';
import { DEFAULT_FILTERS, type TherapyFilter } from '../../state/viewTypes';
import { useFilterEffects } from './useFilterEffects';

const LEVEL_OPTIONS: readonly Level[] = LEVEL_IDS;
const LEVEL_TEXT: Record<Level, string> = {
  clinical: 'Clinical only',
  animal: 'Animal and above',
  ex_vivo: 'Ex vivo and above',
  in_vitro: 'In vitro and above',
  review: 'All evidence',
};
const THERAPY_OPTIONS: readonly TherapyFilter[] = ['all', 'cells', 'vesicles'];
const THERAPY_TEXT: Record<TherapyFilter, string> = {
  all: 'MSCs and exosomes',
  cells: 'MSCs (cells)',
  vesicles: 'Exosomes / EVs',
};

/** Each section (relation kind) on its own: its count is what it shows with the other filters. */
const SECTION_CHOICES: readonly Section[][] = SECTION_IDS.map((s) => [s]);
const RELATION_CHOICES: readonly Relation[][] = RELATION_IDS.map((r) => [r]);

const toggle = <T,>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

/** Evidence level, therapy, section, relation kind and isolated-node filters, each with its count effect. */
export const FilterPanel = () => {
  const [open, setOpen] = useState(false);
  const filters = useViewStore((s) => s.filters);
  const setFilters = useViewStore((s) => s.setFilters);
  const reset = useViewStore((s) => s.resetFilters);
  // Counted from a deferred copy, so a filter change repaints first and the counts follow.
  const counted = useDeferredValue(filters);
  const levelCounts = useFilterEffects(counted, 'minLevel', LEVEL_OPTIONS, open);
  const therapyCounts = useFilterEffects(counted, 'therapy', THERAPY_OPTIONS, open);
  const sectionCounts = useFilterEffects(counted, 'sections', SECTION_CHOICES, open);
  const relationCounts = useFilterEffects(counted, 'relations', RELATION_CHOICES, open);
  const active = JSON.stringify(filters) !== JSON.stringify(DEFAULT_FILTERS);
  return (
    <div className="filter-panel">
      <button type="button" aria-expanded={open} aria-controls="filter-body" onClick={() => setOpen(!open)}>
        Filters{active ? ' (on)' : ''}
      </button>
      {open && (
        <section id="filter-body" className="filter-body" aria-label="Filters">
          <fieldset>
            <legend>Minimum evidence level</legend>
            {LEVEL_OPTIONS.map((level, i) => (
              <label key={level}>
                <input
                  type="radio"
                  name="level"
                  checked={filters.minLevel === level}
                  onChange={() => setFilters({ minLevel: level })}
                />{' '}
                {LEVEL_TEXT[level]}{' '}
                <span className="muted" title={LEVELS[level].description}>
                  ({levelCounts[i]} relations)
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Therapy</legend>
            {THERAPY_OPTIONS.map((therapy, i) => (
              <label key={therapy}>
                <input
                  type="radio"
                  name="therapy"
                  checked={filters.therapy === therapy}
                  onChange={() => setFilters({ therapy })}
                />{' '}
                {THERAPY_TEXT[therapy]} <span className="muted">({therapyCounts[i]} relations)</span>
              </label>
            ))}
          </fieldset>
          <fieldset className="scroll-list">
            <legend>
              Review sections {filters.sections.length > 0 ? `(${filters.sections.length})` : '(all)'}
            </legend>
            {SECTION_IDS.map((section: Section, i) => (
              <label key={section}>
                <input
                  type="checkbox"
                  checked={filters.sections.includes(section)}
                  onChange={() => setFilters({ sections: toggle(filters.sections, section) })}
                />{' '}
                {section}{' '}
                <span className="muted">
                  {SECTION_TITLES[section]} ({sectionCounts[i]})
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset className="scroll-list">
            <legend>
              Relation kinds {filters.relations.length > 0 ? `(${filters.relations.length})` : '(all)'}
            </legend>
            {RELATION_IDS.map((relation: Relation, i) => (
              <label key={relation}>
                <input
                  type="checkbox"
                  checked={filters.relations.includes(relation)}
                  onChange={() => setFilters({ relations: toggle(filters.relations, relation) })}
                />{' '}
                {RELATIONS[relation].verb} <span className="muted">({relationCounts[i]})</span>
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
