import type { DragEvent, KeyboardEvent } from 'react';
import type { StoryStep } from '../../model/storySchema';
import { useStepThumbnail } from '../thumbnails/useStepThumbnail';

interface Props {
  step: StoryStep;
  index: number;
  total: number;
  current: boolean;
  /** Reordering is offered for the lecturer's own stories. */
  editable: boolean;
  onOpen: (index: number) => void;
  onMove: (from: number, to: number) => void;
}

/** One step of the overview: its thumbnail, number and title; draggable while authoring. */
export const StepTile = ({ step, index, total, current, editable, onOpen, onMove }: Props) => {
  const thumbnail = useStepThumbnail(step);
  const onKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!editable || !event.altKey) return;
    const by =
      event.key === 'ArrowLeft' || event.key === 'ArrowUp'
        ? -1
        : event.key === 'ArrowRight' || event.key === 'ArrowDown'
          ? 1
          : 0;
    if (by === 0) return;
    event.preventDefault();
    if (index + by >= 0 && index + by < total) onMove(index, index + by);
  };
  const drag = editable
    ? {
        draggable: true,
        onDragStart: (e: DragEvent) => {
          e.dataTransfer.setData('text/x-step-index', String(index));
          e.dataTransfer.effectAllowed = 'move';
        },
        onDragOver: (e: DragEvent) => {
          if (e.dataTransfer.types.includes('text/x-step-index')) e.preventDefault();
        },
        onDrop: (e: DragEvent) => {
          e.preventDefault();
          const from = Number(e.dataTransfer.getData('text/x-step-index'));
          if (Number.isInteger(from)) onMove(from, index);
        },
      }
    : {};
  return (
    <li className={current ? 'overview-tile current' : 'overview-tile'} {...drag}>
      <button
        type="button"
        className="overview-open"
        data-step={index}
        aria-current={current ? 'step' : undefined}
        aria-label={`Step ${index + 1} of ${total}: ${step.title}`}
        onClick={() => onOpen(index)}
        onKeyDown={onKey}
      >
        {thumbnail ? (
          <img src={thumbnail} alt="" width={160} height={100} />
        ) : (
          <span className="overview-placeholder">Drawing…</span>
        )}
        <span className="overview-caption">
          <strong>{index + 1}</strong> {step.title}
        </span>
        {(step.quiz || step.question) && <span className="overview-badge">Quiz</span>}
        {step.view.gaps && <span className="overview-badge">Gap map</span>}
      </button>
      {editable && (
        <span className="overview-move">
          <button
            type="button"
            disabled={index === 0}
            onClick={() => onMove(index, index - 1)}
            aria-label={`Move step ${index + 1} earlier`}
          >
            ◀
          </button>
          <button
            type="button"
            disabled={index === total - 1}
            onClick={() => onMove(index, index + 1)}
            aria-label={`Move step ${index + 1} later`}
          >
            ▶
          </button>
        </span>
      )}
    </li>
  );
};
