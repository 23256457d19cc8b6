import { lazy, Suspense } from 'react';
import { useViewStore } from '../state/store';
import { useUrlSync } from '../state/useUrlSync';
import { GraphCanvas } from '../view/canvas/GraphCanvas';
import { FilterPanel } from '../view/filters/FilterPanel';
import { FocusBar } from '../view/FocusBar';
import { Legend } from '../view/legend/Legend';
import { Notices } from '../view/Notices';
import { SidePanel } from '../view/panels/SidePanel';
import { SearchBox } from '../view/search/SearchBox';
import { StatusLine } from '../view/StatusLine';
import { CopyLinkButton } from '../view/toolbar/CopyLinkButton';
import { LayoutControls } from '../view/toolbar/LayoutControls';
import { ViewSwitch } from '../view/toolbar/ViewSwitch';

const GapView = lazy(() => import('../view/gaps/GapView'));

/** The researcher's screen: toolbar, canvas with legend, focus bar and status, and the side panel. */
export const Explorer = () => {
  useUrlSync();
  const view = useViewStore((s) => s.view);
  return (
    <div className="app">
      <header className="toolbar">
        <h1 className="app-title">
          MSCs &amp; exosomes <span className="muted">· review graph</span>
        </h1>
        <div role="search" className="toolbar-search">
          <SearchBox />
        </div>
        <ViewSwitch />
        <FilterPanel />
        <LayoutControls />
        <CopyLinkButton />
      </header>
      <main className={view === 'gaps' ? 'workspace with-gaps' : 'workspace'}>
        {view === 'gaps' && (
          <div className="gap-pane">
            <Suspense fallback={<p className="loading">Loading the gap map…</p>}>
              <GapView />
            </Suspense>
          </div>
        )}
        <div className="canvas-wrap">
          <GraphCanvas />
          <Legend />
          <FocusBar />
          <StatusLine />
          <Notices />
        </div>
        <SidePanel />
      </main>
    </div>
  );
};
