import { DropTarget } from './DropTarget';
import { ImportReportPanel } from './ImportReportPanel';
import { ImportStatus } from './ImportStatus';
import { OpenedGraphBar } from './OpenedGraphBar';
import './import.css';

/** Everything about opening a graph that floats above the explorer, whichever dataset it shows. */
export const ImportLayer = () => (
  <>
    <OpenedGraphBar />
    <ImportStatus />
    <ImportReportPanel />
    <DropTarget />
  </>
);
