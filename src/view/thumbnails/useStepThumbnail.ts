import { useEffect, useState } from 'react';
import { useDataset } from '../../dataset/DatasetContext';
import type { StoryStep } from '../../model/storySchema';
import { cachedThumbnail, thumbnailOf } from './thumbnailCache';

/** The thumbnail of a step as a data URL, once drawn (undefined until then). */
export const useStepThumbnail = (step: StoryStep | undefined): string | undefined => {
  const dataset = useDataset();
  const [drawn, setDrawn] = useState<{ step: StoryStep; uri: string } | undefined>();
  useEffect(() => {
    if (!step || cachedThumbnail(dataset, step)) return undefined;
    let live = true;
    thumbnailOf(dataset, step).then(
      (uri) => live && setDrawn({ step, uri }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [dataset, step]);
  if (!step) return undefined;
  return cachedThumbnail(dataset, step) ?? (drawn?.step === step ? drawn.uri : undefined);
};
