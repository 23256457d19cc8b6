import { useEffect, useRef } from 'react';
import { useVocabulary } from '../../dataset/DatasetContext';
import type { SearchHit } from '../../model/searchIndex';
import { useViewStoreApi } from '../../state/store';
import { EntityCombobox } from './EntityCombobox';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The main search (`/` focuses it): picking an entity selects and centres it; a reference opens the reference view. */
export const SearchBox = () => {
  const store = useViewStoreApi();
  const vocabulary = useVocabulary();
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === '/' && !isTyping(event.target) && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const onPick = (hit: SearchHit) => {
    const state = store.getState();
    if (hit.type === vocabulary.referenceType) {
      state.selectRef(Number(hit.id.split('/')[1]));
      state.setPanel('references');
      return;
    }
    if (!state.filters.types.includes(hit.type)) {
      state.toggleType(hit.type);
      state.notify(
        `Showing ${vocabulary.typeInfo(hit.type).plural.toLowerCase()} again to show “${hit.label}”.`,
      );
    }
    if (state.focus) state.focusOn(hit.id);
    else state.selectNode(hit.id);
    state.setPanel('details');
    state.centreOn([hit.id]);
  };
  return (
    <EntityCombobox
      label="Search"
      placeholder="Search entities and references (press /)"
      onPick={onPick}
      inputRef={inputRef}
    />
  );
};
