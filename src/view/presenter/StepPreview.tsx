import type { StoryStep } from '../../model/storySchema';
import { THUMB_HEIGHT, THUMB_WIDTH } from '../thumbnails/thumbnailRenderer';
import { useStepThumbnail } from '../thumbnails/useStepThumbnail';

/** A step's small picture, drawn off screen as the overview draws it, with a stand-in until then. */
export const StepPreview = ({ step, label }: { step: StoryStep; label: string }) => {
  const thumbnail = useStepThumbnail(step);
  return thumbnail ? (
    <img className="console-thumb" src={thumbnail} alt={label} width={THUMB_WIDTH} height={THUMB_HEIGHT} />
  ) : (
    <span className="console-thumb console-thumb-pending" role="img" aria-label={label}>
      Drawing…
    </span>
  );
};
