import type { Dataset } from '../../dataset/dataset';
import type { StoryStep } from '../../model/storySchema';
import { renderThumbnail } from './thumbnailRenderer';

/** Rendered thumbnails by dataset and step content (an edited step gets a new picture). */
const cache = new WeakMap<Dataset, Map<string, string>>();
let queue: Promise<unknown> = Promise.resolve();

const keyOf = (step: StoryStep): string => JSON.stringify([step.view, step.quiz?.hide ?? null]);

/** A thumbnail already drawn, if any (synchronous, for a first paint without flicker). */
export const cachedThumbnail = (dataset: Dataset, step: StoryStep): string | undefined =>
  cache.get(dataset)?.get(keyOf(step));

/**
 * The thumbnail of a step, drawn once and cached. Draws one at a time, each in its own task,
 * so a grid of many steps never blocks the page for long.
 */
export const thumbnailOf = (dataset: Dataset, step: StoryStep): Promise<string> => {
  const hit = cachedThumbnail(dataset, step);
  if (hit) return Promise.resolve(hit);
  const next = queue.then(
    () =>
      new Promise<string>((resolve, reject) => {
        setTimeout(() => {
          try {
            const again = cachedThumbnail(dataset, step);
            const uri = again ?? renderThumbnail(dataset, step);
            let map = cache.get(dataset);
            if (!map) cache.set(dataset, (map = new Map()));
            map.set(keyOf(step), uri);
            resolve(uri);
          } catch (error) {
            reject(error as Error);
          }
        }, 0);
      }),
  );
  queue = next.catch(() => undefined);
  return next;
};

/** Thumbnails of every step of a story, in order. */
export const thumbnailsOf = (dataset: Dataset, steps: readonly StoryStep[]): Promise<string[]> =>
  Promise.all(steps.map((s) => thumbnailOf(dataset, s)));
