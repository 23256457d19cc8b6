import { useEffect, useState } from 'react';
import { createImportSession, ImportSessionContext, useImportSession } from '../state/import/importSession';
import { keepOpenedGraphs, startOpenedGraph, StoredGraphsContext } from '../state/import/keepOpenedGraphs';
import { createStoredGraphs } from '../state/import/storedGraphs';
import { ImportLayer } from '../view/import/ImportLayer';
import { PresenterConsole } from '../view/lazyViews';
import { DatasetProvider } from './DatasetProvider';
import { Explorer } from './Explorer';
import { LoadingProgress } from './LoadingProgress';
import { useGraphBundle } from './useGraphBundle';

/** Loads the review graph once, then shows the explorer on it, or on a graph the reader opened. */
export const App = () => {
  const [session] = useState(createImportSession);
  const [stored] = useState(() => createStoredGraphs(session));
  useEffect(() => keepOpenedGraphs(session, stored), [session, stored]);
  // Once: the graph this tab showed before a reload, or the one `?data=` names.
  useEffect(() => void startOpenedGraph(session, stored, window.location), [session, stored]);
  return (
    <ImportSessionContext.Provider value={session}>
      <StoredGraphsContext.Provider value={stored}>
        <Shell />
      </StoredGraphsContext.Provider>
    </ImportSessionContext.Provider>
  );
};

/** The presenter's second window (`?console=1`) shows the console on the review, never an opened graph. */
const isConsole = () => new URLSearchParams(window.location.search).get('console') === '1';

const Shell = () => {
  const [consoleWindow] = useState(isConsole);
  const state = useGraphBundle();
  const opened = useImportSession((s) => s.opened);
  const serial = useImportSession((s) => s.serial);
  if (state.status === 'loading') return <LoadingProgress progress={state.progress} />;
  if (state.status === 'error') {
    return (
      <div className="load-error" role="alert">
        <h1>The review graph could not be loaded</h1>
        <p>{state.message}</p>
      </div>
    );
  }
  if (consoleWindow)
    return (
      <DatasetProvider dataset={state.data}>
        <PresenterConsole />
      </DatasetProvider>
    );
  const dataset = opened ?? state.data;
  return (
    <>
      <DatasetProvider key={opened ? `${dataset.id}#${serial}` : dataset.id} dataset={dataset}>
        <Explorer />
      </DatasetProvider>
      <ImportLayer />
    </>
  );
};
