/** A chosen answer to a question step of the sitting. */
export interface ChosenAnswer {
  choice: string;
  right: boolean;
}

const SEPARATOR = '#';

/** The key of a question step's answer in the store: one per story and step. */
export const answerKey = (storyId: string, step: number): string => `${storyId}${SEPARATOR}${step}`;

/** The story a key belongs to (story ids may themselves hold the separator; the step never does). */
const storyOfKey = (key: string): string => key.slice(0, key.lastIndexOf(SEPARATOR));

/** The answers given so far to the questions of one story. */
export const sittingAnswers = (answers: Record<string, ChosenAnswer>, storyId: string): ChosenAnswer[] =>
  Object.entries(answers)
    .filter(([key]) => storyOfKey(key) === storyId)
    .map(([, a]) => a);
