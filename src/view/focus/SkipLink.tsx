import type { MouseEvent } from 'react';
import { useViewStoreApi } from '../../state/store';
import { whenPresent } from './whenPresent';
import './keyboard.css';

/** The relation list's tab stop (its current row), or its heading when no relation is shown. */
const relationListTarget = (): HTMLElement | null => {
  if (!document.getElementById('relation-table')) return null;
  return (
    document.querySelector<HTMLElement>('#relation-table tbody [tabindex="0"]') ??
    document.getElementById('list-heading')
  );
};

/**
 * The page's first tab stop: opens the list view and puts focus on its relations, so a keyboard
 * or screen-reader user skips the toolbar and the canvas (WCAG 2.4.1, bypass blocks).
 */
export const SkipLink = () => {
  const store = useViewStoreApi();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    store.getState().setPanel('list');
    whenPresent(relationListTarget, (el) => el.focus());
  };
  return (
    <a className="skip-link" href="#relation-table" onClick={skip}>
      Skip to the list of relations
    </a>
  );
};
