import { lazyView } from './common/lazyView';

/** Views loaded on first use (not at start-up); the idle warm-up preloads them. */
export const GapView = lazyView(() => import('./gaps/GapView'), 'The gap map');
export const GapCellPanel = lazyView(() => import('./gaps/GapCellPanel'), "The cell's evidence");
export const GapLists = lazyView(() => import('./gaps/GapLists'), 'The candidate gaps');
export const ListView = lazyView(() => import('./list/ListView'), 'The list view');
export const PathPanel = lazyView(() => import('./paths/PathPanel'), 'The paths panel');
export const ReferencePanel = lazyView(() => import('./references/ReferencePanel'), 'The reference view');
export const StoriesPanel = lazyView(() => import('./story/StoriesPanel'), 'The stories panel');
export const ExportPanel = lazyView(() => import('./export/ExportPanel'), 'The export panel');
export const CompareView = lazyView(() => import('./compare/CompareView'), 'The comparison');
export const ReaderView = lazyView(() => import('./reader/ReaderView'), 'The reader');
export const AuditView = lazyView(() => import('./audit/AuditView'), 'The audit view');
export const FlagForm = lazyView(() => import('./audit/FlagForm'), 'The flag form');
/** Not warmed up: shown only on a story's first step, when the lecturer asks for the class's link. */
export const AudienceQr = lazyView(() => import('./story/AudienceQr'), 'The QR code');
/** Not warmed up: only the presenter's second window (`?console=1`) shows it. */
export const PresenterConsole = lazyView(() => import('./presenter/PresenterConsole'), 'The presenter view');

export const LAZY_VIEWS = [
  GapView,
  GapLists,
  GapCellPanel,
  PathPanel,
  ReferencePanel,
  ListView,
  StoriesPanel,
  FlagForm,
  CompareView,
  ReaderView,
  AuditView,
];
