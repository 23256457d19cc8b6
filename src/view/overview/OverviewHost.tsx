import { useViewStore } from '../../state/store';
import { lazyView } from '../common/lazyView';
import { useOverviewKey } from './useOverviewKey';

const StepOverview = lazyView(() => import('./StepOverview'));

/** Listens for O and shows the step overview (its code loads when first opened). */
export const OverviewHost = () => {
  useOverviewKey();
  const open = useViewStore((s) => s.overview !== null);
  return open ? <StepOverview /> : null;
};
