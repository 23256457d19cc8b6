import { useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { useVocabulary } from '../../dataset/DatasetContext';
import type { SearchHit } from '../../model/searchIndex';
import { ShapeIcon } from '../legend/ShapeIcon';
import { useSearchHits } from './useSearchHits';

interface Props {
  label: string;
  placeholder?: string;
  types?: readonly string[];
  onPick: (hit: SearchHit) => void;
  inputRef?: Ref<HTMLInputElement>;
  /** Show the label visibly (otherwise it is the accessible name only). */
  showLabel?: boolean;
  initialText?: string;
}

/** Hits grouped by entity type, in the order the types first appear. */
const byType = (hits: readonly SearchHit[]): [string, SearchHit[]][] => {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.type);
    if (group) group.push(hit);
    else groups.set(hit.type, [hit]);
  }
  return [...groups.entries()];
};

/**
 * A search box with a result list grouped by entity type (with counts): arrow keys move,
 * Enter picks, Escape closes. Fuzzy over labels and aliases.
 */
export const EntityCombobox = ({
  label,
  placeholder,
  types,
  onPick,
  inputRef,
  showLabel,
  initialText = '',
}: Props) => {
  const vocabulary = useVocabulary();
  const [text, setText] = useState(initialText);
  const { hits, ready, current, settled } = useSearchHits(text, types);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const groups = useMemo(() => byType(hits), [hits]);
  const flat = groups.flatMap(([, items]) => items);
  const expanded = open && text.trim().length > 0;

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onPick(hit);
    setText(hit.label);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, flat.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Before a worker has answered the text typed, its answer is picked once it comes.
      if (current) pick(flat[active]);
      else void settled().then((now) => pick(byType(now).flatMap(([, items]) => items)[active]));
    } else if (event.key === 'Escape') {
      if (expanded) event.stopPropagation();
      setOpen(false);
    }
  };
  const optionId = (i: number) => `${listId}-opt-${i}`;
  // Where each group's options start in the flat list (the arrow keys move through that).
  const starts = groups.map((_, g) => groups.slice(0, g).reduce((n, [, items]) => n + items.length, 0));
  return (
    <div className="combobox">
      <label className={showLabel ? 'combobox-label' : 'visually-hidden'} htmlFor={`${listId}-input`}>
        {label}
      </label>
      <input
        id={`${listId}-input`}
        ref={inputRef}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && flat[active] ? optionId(active) : undefined}
        placeholder={placeholder}
        value={text}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <div id={listId} role="listbox" aria-label={`${label} results`} className="combobox-list">
          {!ready && <p className="muted combobox-empty">Loading the search index…</p>}
          {ready && !current && flat.length === 0 && <p className="muted combobox-empty">Searching…</p>}
          {current && flat.length === 0 && <p className="muted combobox-empty">No match for “{text}”.</p>}
          {groups.map(([type, items], g) => (
            <div role="group" key={type} aria-label={`${vocabulary.typeInfo(type).plural} (${items.length})`}>
              <p className="combobox-group" aria-hidden="true">
                {vocabulary.typeInfo(type).plural} <span className="muted">({items.length})</span>
              </p>
              {items.map((hit, j) => {
                const i = starts[g]! + j;
                return (
                  <div
                    key={hit.id}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    className={i === active ? 'combobox-option active' : 'combobox-option'}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => pick(hit)}
                    onMouseEnter={() => setActive(i)}
                  >
                    <ShapeIcon
                      shape={vocabulary.typeInfo(hit.type).shape}
                      colour={vocabulary.typeInfo(hit.type).colour}
                    />
                    {hit.label}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      )}
    </div>
  );
};
