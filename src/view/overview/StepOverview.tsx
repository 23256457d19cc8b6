import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useDataset } from '../../dataset/DatasetContext';
import { findStory } from '../../model/storyView';
import { indexAfterMove, moveStepTo } from '../../state/reorderSteps';
import { useViewStore, useViewStoreApi } from '../../state/store';
import { StepTile } from './StepTile';
import './overview.css';

/**
 * The step overview: a grid of thumbnails of every step of a story, to jump to one (also while
 * presenting) and, for the lecturer's own stories, to reorder by drag and drop or with
 * Alt+arrow keys and the ◀ ▶ buttons. Escape closes it; story keys do not reach the story behind.
 */
const StepOverview = () => {
  const store = useViewStoreApi();
  const { stories } = useDataset();
  const id = useViewStore((s) => s.overview);
  const drafts = useViewStore((s) => s.drafts);
  const position = useViewStore((s) => s.story);
  const [said, say] = useState('');
  const grid = useRef<HTMLOListElement>(null);
  const story = id ? findStory(stories, drafts, id) : undefined;
  const editable = !!story && drafts.some((d) => d.id === story.id);
  const current = position?.id === id ? position.step : -1;
  useEffect(() => {
    if (!id) return undefined;
    const opener = document.activeElement as HTMLElement | null;
    const target = grid.current?.querySelector<HTMLElement>(`[data-step="${Math.max(0, current)}"]`);
    target?.focus();
    return () => opener?.focus?.();
    // Focus once when opened; moving between tiles keeps focus where the user put it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
  if (!story) return null;
  const s = store.getState();
  const open = (index: number) => {
    if (position?.id === story.id) s.goToStep(index);
    else s.playStory(story.id, index);
    s.closeOverview();
  };
  const move = (from: number, to: number) => {
    s.setDrafts(moveStepTo(store.getState().drafts, story.id, from, to));
    const playing = store.getState().story;
    if (playing?.id === story.id)
      store.setState({ story: { ...playing, step: indexAfterMove(playing.step, from, to) } });
    say(`Step “${story.steps[from]!.title}” moved to position ${to + 1} of ${story.steps.length}.`);
    requestAnimationFrame(() => grid.current?.querySelector<HTMLElement>(`[data-step="${to}"]`)?.focus());
  };
  const onKey = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      s.closeOverview();
      return;
    }
    if (event.altKey) return;
    const tiles = [...(grid.current?.querySelectorAll<HTMLElement>('.overview-open') ?? [])];
    const at = tiles.indexOf(document.activeElement as HTMLElement);
    if (at === -1) return;
    const columns = Math.max(1, tiles.filter((t) => t.offsetTop === tiles[0]!.offsetTop).length);
    const by = {
      ArrowLeft: -1,
      ArrowRight: 1,
      ArrowUp: -columns,
      ArrowDown: columns,
      Home: -at,
      End: tiles.length - 1 - at,
    }[event.key];
    if (by === undefined) return;
    event.preventDefault();
    tiles[Math.min(tiles.length - 1, Math.max(0, at + by))]?.focus();
  };
  return (
    <div className="overview-backdrop" onClick={(e) => e.target === e.currentTarget && s.closeOverview()}>
      <section
        className="overview"
        role="dialog"
        aria-modal="true"
        aria-label={`Step overview: ${story.title}`}
        onKeyDown={onKey}
      >
        <header className="overview-head">
          <h2>{story.title}</h2>
          <p className="muted">
            {story.steps.length} steps. Click a step (or Enter) to go to it; arrow keys move between steps.
            {editable && ' Drag a step to reorder it, or press Alt+← / Alt+→ (or ◀ ▶).'}
          </p>
          <button type="button" onClick={s.closeOverview}>
            Close (Esc)
          </button>
        </header>
        <ol className="overview-grid" ref={grid}>
          {story.steps.map((step, i) => (
            <StepTile
              key={`${i}-${step.title}`}
              step={step}
              index={i}
              total={story.steps.length}
              current={i === current}
              editable={editable}
              onOpen={open}
              onMove={move}
            />
          ))}
        </ol>
        <p className="sr-only" aria-live="polite">
          {said}
        </p>
      </section>
    </div>
  );
};

export default StepOverview;
