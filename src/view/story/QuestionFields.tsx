import type { Story } from '../../model/storySchema';
import { updateStep } from '../../state/draftEdits';
import { useViewStore, useViewStoreApi } from '../../state/store';
import { DraftTextField } from './DraftTextField';

/** The editable text of a step's question: prompt, answer, and the wrong answers (one per line). */
export const QuestionFields = ({ story, index }: { story: Story; index: number }) => {
  const store = useViewStoreApi();
  const setDrafts = useViewStore((s) => s.setDrafts);
  const question = story.steps[index]?.question;
  if (!question) return null;
  const commit = (patch: Partial<typeof question>) =>
    setDrafts(updateStep(store.getState().drafts, story.id, index, { question: { ...question, ...patch } }));
  return (
    <div className="question-fields">
      <DraftTextField
        label="Question"
        required="A question"
        value={question.prompt}
        onCommit={(prompt) => commit({ prompt })}
      />
      <DraftTextField
        label="Answer"
        required="An answer"
        value={question.answer}
        onCommit={(answer) => commit({ answer })}
      />
      <DraftTextField
        label="Wrong answers (one per line)"
        required="At least one wrong answer"
        rows={3}
        value={question.distractors.join('\n')}
        onCommit={(text) =>
          commit({
            distractors: text
              .split('\n')
              .map((d) => d.trim())
              .filter((d) => d !== ''),
          })
        }
      />
    </div>
  );
};
