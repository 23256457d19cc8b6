import { useState } from 'react';
import { createImportSession, ImportSessionContext, useImportSession } from '../state/import/importSession';
import { useDataParam } from '../state/import/useDataParam';
import { ImportLayer } from '../view/import/ImportLayer';
import { DatasetProvider } from './DatasetProvider';
import { Explorer } from './Explorer';
import { LoadingProgress } from './LoadingProgress';
import { useGraphBundle } from './useGraphBundle';

/** Loads the review graph once, then shows the explorer on it, or on a graph the reader opened. */
export const App = () => {
  const [session] = useState(createImportSession);
  return (
    <ImportSessionContext.Provider value={session}>
      <Shell />
    </ImportSessionContext.Provider>
  );
};

const Shell = () => {
  const state = useGraphBundle();
  useDataParam();
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
