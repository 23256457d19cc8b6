import { useEffect, useRef } from 'react';
import type { SearchHit } from '../../model/searchIndex';
import { useViewStore } from '../../state/store';
import { EntityCombobox } from './EntityCombobox';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The main search (`/` focuses it): picking an entity selects and centres it; a reference opens the reference view. */
export const SearchBox = () => {
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
    const store = useViewStore.getState();
    if (hit.type === 'paper') {
      store.selectRef(Number(hit.id.split('/')[1]));
      store.setPanel('references');
      return;
    }
    if (!store.filters.types.includes(hit.type)) {
      store.toggleType(hit.type);
      store.notify(`Showing ${hit.type.replace('_', ' ')} entities again to show “${hit.label}”.`);
    }
    if (store.focus) store.focusOn(hit.id);
    else store.selectNode(hit.id);
    store.setPanel('details');
    store.centreOn([hit.id]);
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
