import { useState, type ReactNode } from 'react';
import type { Dataset } from '../dataset/dataset';
import { DatasetContext } from '../dataset/DatasetContext';
import { createViewStore, ViewStoreContext } from '../state/store';

/**
 * Puts a dataset and its own store of view state below it. The store is created once per
 * dataset: opening another graph (another `key`) starts from that graph's defaults.
 */
export const DatasetProvider = ({ dataset, children }: { dataset: Dataset; children: ReactNode }) => {
  const [store] = useState(() => createViewStore(dataset));
  return (
    <DatasetContext.Provider value={dataset}>
      <ViewStoreContext.Provider value={store}>{children}</ViewStoreContext.Provider>
    </DatasetContext.Provider>
  );
};
