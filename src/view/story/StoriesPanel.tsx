import { useDataset } from '../../dataset/DatasetContext';
import { useViewStore, useViewStoreApi } from '../../state/store';
import { DraftEditor } from './DraftEditor';
import { StoryImport } from './StoryImport';
import { StoryActions } from './StoryActions';

/** Shipped stories to play or present, and the lecturer's own stories to edit. */
const StoriesPanel = () => {
  const store = useViewStoreApi();
  const { stories } = useDataset();
  const drafts = useViewStore((s) => s.drafts);
  const undo = useViewStore((s) => s.draftUndo);
  const { undoDrafts } = store.getState();
  return (
    <section className="panel stories-panel" aria-labelledby="stories-heading">
      <h2 id="stories-heading">Stories</h2>
      <p className="muted">
        Guided walks through the review. Arrow keys, Space and Page Up/Down move between steps; a presentation
        clicker works too.
      </p>
      <ul className="story-list">
        {stories.map((story) => (
          <li key={story.id}>
            <h3>{story.title}</h3>
            <p className="muted">
              {story.audience} · {story.steps.length} steps
            </p>
            <p>{story.summary}</p>
            <StoryActions story={story} />
          </li>
        ))}
      </ul>
      <h2>My stories</h2>
      <p className="muted">
        Use <strong>+ Step</strong> in the toolbar to add the current view (graph or gap map) as a step. Your
        stories are saved in this browser as you work; export them to keep or share them.
      </p>
      {undo.length > 0 && (
        <p>
          <button type="button" onClick={undoDrafts}>
            Undo last change
          </button>
        </p>
      )}
      {drafts.length === 0 && <p className="muted">No stories of your own yet.</p>}
      {drafts.map((draft) => (
        <DraftEditor key={draft.id} story={draft}>
          <StoryActions story={draft} />
        </DraftEditor>
      ))}
      <StoryImport />
    </section>
  );
};

export default StoriesPanel;
