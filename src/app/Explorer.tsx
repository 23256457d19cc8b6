import { AuditView, CompareView, GapView, ReaderView } from '../view/lazyViews';

import { useViewStore } from '../state/store';
import { useIdleWarmup } from './useIdleWarmup';
import { useDraftPersistence } from '../state/useDraftPersistence';
import { useFlagPersistence } from '../state/useFlagPersistence';
import { useEditingDraftPersistence } from '../state/useEditingDraftPersistence';
import { useStoryPlayer } from '../state/useStoryPlayer';
import { useUrlSync } from '../state/useUrlSync';
import { usePresenterLink } from '../state/usePresenterLink';
import { ExportMenu } from '../view/export/ExportMenu';
import { AddStepButton } from '../view/story/AddStepButton';
import { StoryBar } from '../view/story/StoryBar';
import { CanvasNotice } from '../view/canvas/CanvasNotice';
import { GraphCanvas } from '../view/canvas/GraphCanvas';
import { FilterPanel } from '../view/filters/FilterPanel';
import { FocusBar } from '../view/FocusBar';
import { Legend } from '../view/legend/Legend';
import { Notices } from '../view/Notices';
import { OverviewHost } from '../view/overview/OverviewHost';
import { SidePanel } from '../view/panels/SidePanel';
import { SearchBox } from '../view/search/SearchBox';
import { StatusLine } from '../view/StatusLine';
import { CopyLinkButton } from '../view/toolbar/CopyLinkButton';
import { LayoutControls } from '../view/toolbar/LayoutControls';
import { ViewSwitch } from '../view/toolbar/ViewSwitch';
import { ViewBoundary } from '../view/common/ViewBoundary';
import { OpenGraphButton } from '../view/import/OpenGraphButton';
import { RecentGraphs } from '../view/import/RecentGraphs';
import { useOpenedWorkspace } from '../state/import/useOpenedWorkspace';
import { useDataset } from '../dataset/DatasetContext';
import { SkipLink } from '../view/focus/SkipLink';

/** The researcher's screen: toolbar, canvas with legend, focus bar and status, and the side panel. */
export const Explorer = () => {
  useFlagPersistence();
  useStoryPlayer();
  useIdleWarmup();
  const view = useViewStore((s) => s.view);
  const presenting = useViewStore((s) => s.presenting);
  const bundled = useDataset().origin.kind === 'bundled';
  return (
    <div className={presenting ? 'app presenting' : 'app'}>
      <SkipLink />
      {bundled ? <ReviewPersistence /> : <OpenedGraphPersistence />}
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
        <AddStepButton />
        <ExportMenu />
        <CopyLinkButton />
        <OpenGraphButton />
        <RecentGraphs />
      </header>
      <main className={view === 'graph' ? 'workspace' : 'workspace with-gaps'}>
        {view === 'gaps' && (
          <div className="gap-pane">
            <ViewBoundary name="The gap map">
              <GapView />
            </ViewBoundary>
          </div>
        )}
        {view === 'compare' && (
          <div className="gap-pane">
            <ViewBoundary name="The comparison">
              <CompareView />
            </ViewBoundary>
          </div>
        )}
        {view === 'audit' && (
          <div className="gap-pane">
            <ViewBoundary name="The audit view">
              <AuditView />
            </ViewBoundary>
          </div>
        )}
        {view === 'reader' && (
          <div className="gap-pane">
            <ViewBoundary name="The reader">
              <ReaderView />
            </ViewBoundary>
          </div>
        )}
        <div className="canvas-wrap">
          <ViewBoundary name="The graph">
            <GraphCanvas />
          </ViewBoundary>
          <Legend />
          <div className="canvas-top">
            <FocusBar />
            <Notices />
          </div>
          <StatusLine />
          <CanvasNotice />
          <ViewBoundary name="The story">
            <StoryBar />
          </ViewBoundary>
        </div>
        <ViewBoundary name="The side panel">
          <SidePanel />
        </ViewBoundary>
      </main>
      <OverviewHost />
    </div>
  );
};

/**
 * The review's address and saved stories: kept for the review only. An opened graph neither
 * rewrites the address (it keeps the review's view for "Back to the review") nor touches the
 * stories saved in this browser, which name the review's entities.
 */
const ReviewPersistence = () => {
  useDraftPersistence();
  useEditingDraftPersistence();
  useUrlSync();
  // After the address is read: the position it names is where this window starts, not a move a
  // person made, so an open presenter view's position replaces it. The link's first word (not yet
  // settled: the notes stay hidden) lands in the same commit, before anything is painted.
  usePresenterLink('audience');
  return null;
};

/** An opened graph's workspace, kept in this browser with the graph (src/io/openedGraphs.ts). */
const OpenedGraphPersistence = () => {
  useOpenedWorkspace();
  return null;
};
