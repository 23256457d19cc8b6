import { ListView, PathPanel, ReferencePanel, StoriesPanel } from '../lazyViews';
import { useEffect, type KeyboardEvent } from 'react';
import { ViewBoundary } from '../common/ViewBoundary';
import { useViewStore, useViewStoreApi } from '../../state/store';
import type { SidePanel as PanelName } from '../../state/viewTypes';
import { DetailsPanel } from './DetailsPanel';

const TABS: { id: PanelName; label: string }[] = [
  { id: 'details', label: 'Details' },
  { id: 'paths', label: 'Paths' },
  { id: 'references', label: 'References' },
  { id: 'list', label: 'List' },
  { id: 'stories', label: 'Stories' },
];

/** The side panel: tabs for details, paths, references and the accessible list view. Escape closes what is open. */
export const SidePanel = () => {
  const store = useViewStoreApi();
  const panel = useViewStore((s) => s.panel);
  const setPanel = useViewStore((s) => s.setPanel);
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const s = store.getState();
      if (s.selection) s.clearSelection();
      else if (s.ref !== null) s.selectRef(null);
      else if (s.focus) s.clearFocus();
      else if (s.panel !== 'details') s.setPanel('details');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = TABS[(index + step + TABS.length) % TABS.length]!;
    setPanel(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
    <aside className="side" aria-label="Side panel">
      <div role="tablist" aria-label="Side panel views" className="tabs">
        {TABS.map((tab, i) => (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={panel === tab.id}
            aria-controls={`tabpanel-${tab.id}`}
            tabIndex={panel === tab.id ? 0 : -1}
            onClick={() => setPanel(tab.id)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${panel}`} aria-labelledby={`tab-${panel}`} className="tabpanel">
        <ViewBoundary name={`The ${TABS.find((t) => t.id === panel)?.label ?? panel} tab`} resetKey={panel}>
          {panel === 'details' && <DetailsPanel />}
          {panel === 'paths' && <PathPanel />}
          {panel === 'references' && <ReferencePanel />}
          {panel === 'list' && <ListView />}
          {panel === 'stories' && <StoriesPanel />}
        </ViewBoundary>
      </div>
    </aside>
  );
};
