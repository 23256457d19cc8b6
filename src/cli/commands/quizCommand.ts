import { writeFileSync } from 'node:fs';
import { quizGift } from '../../model/quiz/gift';
import { quizJson } from '../../model/quiz/quizJson';
import { quizFor } from '../../model/quiz/storyQuestions';
import { storiesOf } from '../../model/replay/datasetStories';
import { CliError, type Options } from '../args';
import { loadOrReport } from '../loadOrReport';

const countOption = (value: string | undefined): number => {
  if (value === undefined) return 10;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 500)
    throw new CliError(`--count must be a whole number from 1 to 500, not "${value}"`);
  return n;
};

/**
 * `kg quiz`: questions generated from the graph (about one story with --story: its own quiz
 * steps and questions first), as Moodle GIFT or as JSON with the quotes that decide each answer.
 */
export const runQuiz = (options: Options): number => {
  const format = options.format;
  if (format !== 'gift' && format !== 'json')
    throw new CliError(
      format === undefined
        ? '--format gift or --format json is required'
        : `unknown format "${format}"; expected gift or json`,
    );
  const count = countOption(options.count);
  const loaded = loadOrReport(options.data);
  if (!loaded) return 1;
  const { graph } = loaded;
  const stories = storiesOf(
    graph,
    loaded.data.stories.map((s) => s.value),
  );
  const story = options.story === undefined ? undefined : stories.find((s) => s.id === options.story);
  if (options.story !== undefined && !story)
    throw new CliError(`no story "${options.story}"; expected one of ${stories.map((s) => s.id).join(', ')}`);
  const questions = quizFor(graph, count, story);
  const text =
    format === 'gift'
      ? quizGift(graph, questions, story?.title)
      : `${JSON.stringify(quizJson(graph, questions), null, 2)}\n`;
  if (options.out) writeFileSync(options.out, text);
  else process.stdout.write(text);
  return 0;
};
