import { useState } from 'react';
import { useGraph } from '../../dataset/DatasetContext';
import { questionStep } from '../../model/quiz/questionStep';
import { KIND_LABELS } from '../../model/quiz/questionTypes';
import { generatedQuestions } from '../../model/quiz/storyQuestions';
import type { Story } from '../../model/storySchema';
import { addStep } from '../../state/draftEdits';
import { useViewStoreApi } from '../../state/store';

/** How many generated questions are offered at a time. */
const OFFERED = 12;

/**
 * Adds a question generated from the graph (about what the story shows, or about the whole graph
 * when it shows nothing yet) as a new step of the lecturer's story, to edit like any other.
 */
export const QuestionAdder = ({ story }: { story: Story }) => {
  const store = useViewStoreApi();
  const graph = useGraph();
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState(0);
  if (!open)
    return (
      <button type="button" aria-label={`Add a question: ${story.title}`} onClick={() => setOpen(true)}>
        Add a question…
      </button>
    );
  const asked = new Set(story.steps.map((s) => s.question?.prompt));
  // About what the story shows first, then about the whole graph.
  const about = generatedQuestions(graph, OFFERED, story).filter((q) => !asked.has(q.prompt));
  const seen = new Set([...asked, ...about.map((q) => q.prompt)]);
  const wider = generatedQuestions(graph, OFFERED)
    .filter((q) => !seen.has(q.prompt))
    .slice(0, Math.max(0, OFFERED - about.length));
  const offered = [...about, ...wider];
  const choice = offered[Math.min(picked, offered.length - 1)];
  const add = () => {
    if (!choice) return;
    const { drafts, setDrafts, notify } = store.getState();
    setDrafts(addStep(drafts, story.id, questionStep(graph, choice)));
    notify(`Question added as step ${story.steps.length + 1} of “${story.title}”.`);
    setOpen(false);
  };
  return (
    <fieldset className="question-adder">
      <legend>A question generated from the graph</legend>
      {offered.length === 0 ? (
        <p className="muted">Every question generated for this story is in it already.</p>
      ) : (
        <label>
          Question{' '}
          <select
            value={Math.min(picked, offered.length - 1)}
            onChange={(e) => setPicked(Number(e.target.value))}
          >
            {[
              ['About this story', about, 0] as const,
              ['About the whole graph', wider, about.length] as const,
            ].map(
              ([group, list, start]) =>
                list.length > 0 && (
                  <optgroup key={group} label={group}>
                    {list.map((q, i) => (
                      <option key={q.prompt} value={start + i}>
                        {KIND_LABELS[q.kind]}: {q.prompt}
                      </option>
                    ))}
                  </optgroup>
                ),
            )}
          </select>
        </label>
      )}{' '}
      <button type="button" disabled={!choice} onClick={add}>
        Add as a step
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </fieldset>
  );
};
