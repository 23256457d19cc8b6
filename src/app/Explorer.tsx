import { GraphCanvas } from '../view/canvas/GraphCanvas';
import { Legend } from '../view/legend/Legend';
import { Notices } from '../view/Notices';
import { DetailsPanel } from '../view/panels/DetailsPanel';
import { StatusLine } from '../view/StatusLine';
import { LayoutControls } from '../view/toolbar/LayoutControls';

/** The researcher's screen: canvas with legend and status, and the side panel. */
export const Explorer = () => (
  <div className="app">
    <header className="toolbar">
      <h1 className="app-title">
        MSCs &amp; exosomes in regenerative medicine <span className="muted">· review graph</span>
      </h1>
      <LayoutControls />
    </header>
    <main className="workspace">
      <div className="canvas-wrap">
        <GraphCanvas />
        <Legend />
        <StatusLine />
        <Notices />
      </div>
      <aside className="side" aria-label="Details">
        <DetailsPanel />
      </aside>
    </main>
  </div>
);
