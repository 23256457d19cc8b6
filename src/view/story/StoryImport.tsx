import { useDataset } from '../../dataset/DatasetContext';
import { storyFromText } from '../../io/storyFiles';
import { importDraft } from '../../state/draftEdits';
import { useViewStoreApi } from '../../state/store';

/** Imports a story file (YAML or JSON), validated; says which of its ids this graph lacks. */
export const StoryImport = () => {
  const store = useViewStoreApi();
  const { graph, stories } = useDataset();
  const onFile = async (file: File) => {
    const s = store.getState();
    const result = storyFromText(await file.text(), file.name, graph);
    if (!result.ok) {
      s.notify(`Import failed. ${result.error}`);
      return;
    }
    const taken = new Set([...stories.map((x) => x.id), ...s.drafts.map((x) => x.id)]);
    const drafts = importDraft(s.drafts, taken, result.story);
    s.setDrafts(drafts);
    store.setState({ editingDraft: drafts.at(-1)!.id });
    s.notify(
      result.missing.length > 0
        ? `Imported “${result.story.title}”, but this graph lacks: ${result.missing.join('; ')}.`
        : `Imported “${result.story.title}” (${result.story.steps.length} steps).`,
    );
  };
  return (
    <p>
      <label className="field">
        Import a story (YAML or JSON)
        <input
          type="file"
          accept=".yaml,.yml,.json,application/json"
          onChange={(e) => e.target.files?.[0] && void onFile(e.target.files[0])}
        />
      </label>
    </p>
  );
};
