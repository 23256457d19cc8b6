import { DatasetProvider } from './DatasetProvider';
import { Explorer } from './Explorer';
import { useGraphBundle } from './useGraphBundle';

/** Loads the review graph once, then shows the explorer on it. */
export const App = () => {
  const state = useGraphBundle();
  if (state.status === 'loading') return <p className="loading">Loading the review graph…</p>;
  if (state.status === 'error') {
    return (
      <div className="load-error" role="alert">
        <h1>The review graph could not be loaded</h1>
        <p>{state.message}</p>
      </div>
    );
  }
  return (
    <DatasetProvider key={state.data.id} dataset={state.data}>
      <Explorer />
    </DatasetProvider>
  );
};
