import { createContext, useContext } from 'react';
import type { LoadedGraph } from '../model/loadBundle';

/** The review graph, loaded once; read-only for the whole app. */
export const GraphContext = createContext<LoadedGraph | null>(null);

export const useLoadedGraph = (): LoadedGraph => {
  const value = useContext(GraphContext);
  if (!value) throw new Error('useLoadedGraph must be used inside <GraphContext.Provider>');
  return value;
};

export const useGraph = () => useLoadedGraph().graph;
