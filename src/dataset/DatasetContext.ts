import { createContext, useContext } from 'react';
import type { KnowledgeGraph } from '../model/types';
import type { Vocabulary } from '../model/vocabulary/vocabulary';
import type { Dataset } from './dataset';

/** The dataset on screen; read-only for every view below it. */
export const DatasetContext = createContext<Dataset | null>(null);

export const useDataset = (): Dataset => {
  const value = useContext(DatasetContext);
  if (!value) throw new Error('useDataset must be used inside a <DatasetContext.Provider>');
  return value;
};

export const useGraph = (): KnowledgeGraph => useDataset().graph;

export const useVocabulary = (): Vocabulary => useDataset().vocabulary;
