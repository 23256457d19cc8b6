import type { ReactNode } from 'react';
import { storyToText } from '../../io/storyFiles';
import type { Story } from '../../model/storySchema';
import {
  deleteStep,
  deleteStory,
  duplicateStep,
  moveStep,
  updateStep,
  updateStory,
} from '../../state/draftEdits';
import { useViewStore, useViewStoreApi } from '../../state/store';
import { downloadBlob } from '../common/download';
import { DraftTextField } from './DraftTextField';
import { QuestionAdder } from './QuestionAdder';
import { QuestionFields } from './QuestionFields';

/** A step's button names the step it acts on (a screen reader lists buttons by name). */
const stepName = (action: string, story: Story, i: number) =>
  `${action}: step ${i + 1} of ${story.title}, ${story.steps[i]?.title ?? ''}`;

/** Edit one of the lecturer's stories: its details and its steps (reorder, duplicate, delete with undo, preview). */
export const DraftEditor = ({ story, children }: { story: Story; children: ReactNode }) => {
  const store = useViewStoreApi();
  const editing = useViewStore((s) => s.editingDraft === story.id);
  const { setDrafts, playStory, notify } = store.getState();
  const edit = (next: (drafts: Story[]) => Story[], undoable = false) =>
    setDrafts(next(store.getState().drafts), { undoable });
  const field = (name: 'title' | 'audience' | 'summary', label: string, what: string) => (
    <DraftTextField
      label={label}
      required={what}
      value={story[name]}
      onCommit={(value) => edit((d) => updateStory(d, story.id, { [name]: value }))}
    />
  );
  return (
    <article className={editing ? 'draft editing' : 'draft'} aria-label={`My story: ${story.title}`}>
      <h3>{story.title}</h3>
      <p>
        <label>
          <input
            type="radio"
            name="editing-draft"
            checked={editing}
            onChange={() => store.setState({ editingDraft: story.id })}
          />{' '}
          Add new steps here
        </label>
      </p>
      {children}
      <details>
        <summary>Edit ({story.steps.length} steps)</summary>
        {field('title', 'Title', 'A title')}
        {field('audience', 'Audience', 'The audience')}
        {field('summary', 'Summary', 'A summary')}
        <ol className="draft-steps">
          {story.steps.map((step, i) => (
            <li key={i}>
              <DraftTextField
                label="Step title"
                required="A step title"
                value={step.title}
                onCommit={(title) => edit((d) => updateStep(d, story.id, i, { title }))}
              />
              <DraftTextField
                label="Caption (your own words; **bold**, [label](id) links)"
                required="A caption"
                rows={3}
                value={step.caption}
                onCommit={(caption) => edit((d) => updateStep(d, story.id, i, { caption }))}
              />
              <DraftTextField
                label="Presenter notes"
                rows={2}
                value={step.notes ?? ''}
                onCommit={(notes) => edit((d) => updateStep(d, story.id, i, { notes }))}
              />
              <QuizToggle story={story} index={i} />
              <QuestionFields story={story} index={i} />
              <p className="step-buttons">
                <button
                  type="button"
                  aria-label={stepName('Preview', story, i)}
                  onClick={() => playStory(story.id, i)}
                >
                  Preview
                </button>
                <button
                  type="button"
                  aria-label={stepName('Move up', story, i)}
                  disabled={i === 0}
                  onClick={() => edit((d) => moveStep(d, story.id, i, -1))}
                >
                  Move up
                </button>
                <button
                  type="button"
                  aria-label={stepName('Move down', story, i)}
                  disabled={i === story.steps.length - 1}
                  onClick={() => edit((d) => moveStep(d, story.id, i, 1))}
                >
                  Move down
                </button>
                <button
                  type="button"
                  aria-label={stepName('Duplicate', story, i)}
                  onClick={() => edit((d) => duplicateStep(d, story.id, i))}
                >
                  Duplicate
                </button>
                <button
                  type="button"
                  aria-label={stepName('Delete step', story, i)}
                  onClick={() => {
                    edit((d) => deleteStep(d, story.id, i), true);
                    notify(`Step “${step.title}” deleted. Undo is in the Stories tab.`);
                  }}
                >
                  Delete step
                </button>
              </p>
            </li>
          ))}
        </ol>
        <QuestionAdder story={story} />
        <p className="step-buttons">
          <button
            type="button"
            aria-label={`Export YAML: ${story.title}`}
            onClick={() =>
              downloadBlob(
                new Blob([storyToText(story, 'yaml')], { type: 'application/yaml' }),
                `${story.id}.yaml`,
              )
            }
          >
            Export YAML
          </button>
          <button
            type="button"
            aria-label={`Export JSON: ${story.title}`}
            onClick={() =>
              downloadBlob(
                new Blob([storyToText(story, 'json')], { type: 'application/json' }),
                `${story.id}.json`,
              )
            }
          >
            Export JSON
          </button>
          <button
            type="button"
            aria-label={`Delete story: ${story.title}`}
            onClick={() => {
              edit((d) => deleteStory(d, story.id), true);
              notify(`Story “${story.title}” deleted. Undo is in the Stories tab.`);
            }}
          >
            Delete story
          </button>
        </p>
      </details>
    </article>
  );
};

/** The quiz option: hide the step's key relation (its first relation) until revealed. */
const QuizToggle = ({ story, index }: { story: Story; index: number }) => {
  const store = useViewStoreApi();
  const step = story.steps[index]!;
  const key = step.view.edges?.[0];
  const setDrafts = useViewStore((s) => s.setDrafts);
  if (!key) return <p className="muted">Quiz: select a relation before adding the step to quiz on it.</p>;
  return (
    <label>
      <input
        type="checkbox"
        checked={!!step.quiz}
        onChange={(e) =>
          setDrafts(
            updateStep(store.getState().drafts, story.id, index, {
              quiz: e.target.checked ? { hide: key, prompt: 'Predict the hidden link.' } : undefined,
            }),
          )
        }
      />{' '}
      Quiz: hide this step's key relation until revealed
    </label>
  );
};
