import type { Core, EventObject } from 'cytoscape';
import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { useViewStoreApi } from '../../state/store';

/**
 * Sends taps on the canvas to the store; every `on` is paired with its `removeListener`.
 * Taps are rendered synchronously (flushSync), as React does for its own click events, so the
 * highlight reaches the next frame without waiting for the scheduler.
 */
export const useCanvasEvents = (cy: Core | null): void => {
  const store = useViewStoreApi();
  useEffect(() => {
    if (!cy) return undefined;
    const onNode = (event: EventObject) => {
      const { focus, focusOn, selectNode } = store.getState();
      const id = event.target.id() as string;
      flushSync(() => (focus ? focusOn(id) : selectNode(id)));
    };
    const onEdge = (event: EventObject) =>
      flushSync(() => store.getState().selectEdge(event.target.id() as string));
    const onBackground = (event: EventObject) => {
      if (event.target === cy) flushSync(() => store.getState().clearSelection());
    };
    const onDoubleTap = (event: EventObject) =>
      flushSync(() => store.getState().focusOn(event.target.id() as string));
    cy.on('tap', 'node', onNode);
    cy.on('tap', 'edge', onEdge);
    cy.on('tap', onBackground);
    cy.on('dbltap', 'node', onDoubleTap);
    return () => {
      cy.removeListener('tap', 'node', onNode);
      cy.removeListener('tap', 'edge', onEdge);
      cy.removeListener('tap', onBackground);
      cy.removeListener('dbltap', 'node', onDoubleTap);
    };
  }, [cy, store]);
};
