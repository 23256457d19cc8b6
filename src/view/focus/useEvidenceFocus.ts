import { useEffect } from 'react';
import { useViewStoreApi, type ViewStore } from '../../state/store';
import type { SidePanel } from '../../state/viewTypes';
import { ROVING_ATTRIBUTE } from '../list/useRovingFocus';
import { whenPresent } from './whenPresent';

/** The id of the evidence panel's heading, which takes focus when evidence opens. */
export const EVIDENCE_HEADING_ID = 'evidence-heading';

/** What opened the evidence: the element, and how to find it again if its view was replaced. */
interface Opener {
  element: HTMLElement | null;
  /** The side-panel tab it lived in (the list is replaced by the evidence it opens). */
  panel: SidePanel;
  /** Its roving id (a row of the list), to find its re-rendered twin. */
  roving: string | null;
}

const escapeId = (id: string) => CSS.escape(id);

/** The element that opens evidence; the canvas (which Cytoscape never lets keep focus) when none has focus. */
const openerOf = (panel: SidePanel): Opener => {
  const active = document.activeElement;
  const element =
    active instanceof HTMLElement && active !== document.body
      ? active
      : document.querySelector<HTMLElement>('.canvas');
  return { element, panel, roving: element?.getAttribute(ROVING_ATTRIBUTE) ?? null };
};

const restore = (opener: Opener, state: ViewStore): (() => void) | undefined => {
  const { element } = opener;
  if (element?.isConnected) {
    element.focus();
    return undefined;
  }
  if (opener.roving === null) {
    // Its view is gone for good (an entity's relation list): keep focus off the page's start.
    document.getElementById(`tab-${state.panel}`)?.focus();
    return undefined;
  }
  if (state.panel !== opener.panel) state.setPanel(opener.panel);
  return whenPresent(
    () => document.querySelector<HTMLElement>(`[${ROVING_ATTRIBUTE}="${escapeId(opener.roving!)}"]`),
    (el) => {
      el.focus();
      el.scrollIntoView({ block: 'nearest' });
    },
  );
};

/**
 * Focus management for the evidence panel (WAI-ARIA APG, dialog-like disclosure): when evidence
 * opens (a list row, a relation, a path step, a canvas tap) focus moves to its heading; when it
 * closes (Escape or Close) focus returns to what opened it — the same row of the list, which is
 * shown again, or the canvas. The opener is noted as the selection changes, before React
 * replaces the view it lives in. A story playing keeps focus where it is.
 */
export const useEvidenceFocus = (): void => {
  const store = useViewStoreApi();
  useEffect(() => {
    let opener: Opener | null = null;
    let cancel: (() => void) | undefined;
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.selection === prev.selection) return;
      cancel?.();
      cancel = undefined;
      const edge = state.selection?.kind === 'edge' ? state.selection.id : null;
      if (edge !== null) {
        if (state.story !== null) return;
        if (prev.selection?.kind !== 'edge' || opener === null) opener = openerOf(prev.panel);
        cancel = whenPresent(
          () => {
            const heading = document.getElementById(EVIDENCE_HEADING_ID);
            return heading?.dataset.edge === edge ? heading : null;
          },
          (heading) => heading.focus(),
        );
      } else if (state.selection === null && prev.selection?.kind === 'edge' && opener) {
        cancel = restore(opener, state);
        opener = null;
      } else opener = null;
    });
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, [store]);
};
