import { useDataset } from '../../dataset/DatasetContext';
import { viewToStep } from '../../state/viewCodec';
import { addStep, createDraft } from '../../state/draftEdits';
import { useViewStoreApi } from '../../state/store';

/**
 * "Add this view as a step": appends the current view (explorer or gap map) to the draft being
 * edited, or starts a new draft with it.
 */
export const AddStepButton = () => {
  const store = useViewStoreApi();
  const { graph, stories } = useDataset();
  const add = () => {
    const s = store.getState();
    const step = viewToStep(graph, s);
    const target =
      s.editingDraft && s.drafts.some((d) => d.id === s.editingDraft) ? s.editingDraft : undefined;
    if (target) {
      s.setDrafts(addStep(s.drafts, target, step));
      s.notify(`Step added to “${s.drafts.find((d) => d.id === target)!.title}”.`);
    } else {
      const taken = new Set([...stories.map((x) => x.id), ...s.drafts.map((x) => x.id)]);
      const drafts = createDraft(s.drafts, taken, 'My story', step);
      s.setDrafts(drafts);
      store.setState({ editingDraft: drafts.at(-1)!.id });
      s.notify('A new story was started with this view as its first step (see the Stories tab).');
    }
  };
  return (
    <button type="button" onClick={add} title="Add this view as a step of your story">
      + Step
    </button>
  );
};
