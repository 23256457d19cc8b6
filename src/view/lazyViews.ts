import { lazyView } from './common/lazyView';

/** Views loaded on first use (not at start-up); the idle warm-up preloads them. */
export const GapView = lazyView(() => import('./gaps/GapView'));
export const GapCellPanel = lazyView(() => import('./gaps/GapCellPanel'));
export const GapLists = lazyView(() => import('./gaps/GapLists'));
export const ListView = lazyView(() => import('./list/ListView'));
export const PathPanel = lazyView(() => import('./paths/PathPanel'));
export const ReferencePanel = lazyView(() => import('./references/ReferencePanel'));
export const StoriesPanel = lazyView(() => import('./story/StoriesPanel'));
export const ExportPanel = lazyView(() => import('./export/ExportPanel'));
export const FlagForm = lazyView(() => import('./audit/FlagForm'));

export const LAZY_VIEWS = [
  GapView,
  GapLists,
  GapCellPanel,
  PathPanel,
  ReferencePanel,
  ListView,
  StoriesPanel,
  FlagForm,
];
