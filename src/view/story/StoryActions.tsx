import { useDataset } from '../../dataset/DatasetContext';
import { bibtex } from '../../model/citationExport';
import { quizGift } from '../../model/quiz/gift';
import { quizSheetHtml } from '../../model/quiz/quizSheet';
import { quizFor } from '../../model/quiz/storyQuestions';
import { storyHandoutHtml, storyHandoutMarkdown, storyRefs } from '../../model/storyHandout';
import type { Story } from '../../model/storySchema';
import { useViewStoreApi } from '../../state/store';
import { downloadBlob } from '../common/download';
import { thumbnailOf } from '../thumbnails/thumbnailCache';
import { enterPresentation } from './useStoryKeys';

const download = (text: string, type: string, name: string) => downloadBlob(new Blob([text], { type }), name);

/** How many questions a story's quiz export holds: its own, then generated ones about it. */
export const QUIZ_COUNT = 10;

/**
 * What can be done with a story: play, present, and take it away (handouts, references, and its
 * questions as Moodle GIFT or as a sheet to print with an answer key). Each button names its story:
 * a screen reader lists them as “Play: …”, not ten times “Play”.
 */
export const StoryActions = ({ story }: { story: Story }) => {
  const store = useViewStoreApi();
  const dataset = useDataset();
  const { graph } = dataset;
  const { playStory } = store.getState();
  const files: [string, () => void][] = [
    [
      'Handout (HTML)',
      () =>
        // A small figure per step, drawn as the overview draws them (a step that cannot be drawn has none).
        void Promise.all(story.steps.map((step) => thumbnailOf(dataset, step).catch(() => undefined))).then(
          (figures) =>
            download(storyHandoutHtml(graph, story, figures), 'text/html', `${story.id}-handout.html`),
        ),
    ],
    [
      'Handout (Markdown)',
      () => download(storyHandoutMarkdown(graph, story), 'text/markdown', `${story.id}-handout.md`),
    ],
    [
      'BibTeX',
      () => download(bibtex(graph, storyRefs(graph, story)), 'application/x-bibtex', `${story.id}.bib`),
    ],
    [
      'Questions (GIFT)',
      () =>
        download(
          quizGift(graph, quizFor(graph, QUIZ_COUNT, story), story.title),
          'text/plain',
          `${story.id}.gift.txt`,
        ),
    ],
    [
      'Question sheet',
      () =>
        download(
          quizSheetHtml(graph, quizFor(graph, QUIZ_COUNT, story), story.title),
          'text/html',
          `${story.id}-questions.html`,
        ),
    ],
  ];
  return (
    <p className="story-actions">
      <button type="button" aria-label={`Play: ${story.title}`} onClick={() => playStory(story.id)}>
        Play
      </button>
      <button
        type="button"
        aria-label={`Present: ${story.title}`}
        onClick={() => {
          playStory(story.id);
          void enterPresentation(store);
        }}
      >
        Present
      </button>
      {files.map(([name, save]) => (
        <button key={name} type="button" aria-label={`${name}: ${story.title}`} onClick={save}>
          {name}
        </button>
      ))}
    </p>
  );
};
