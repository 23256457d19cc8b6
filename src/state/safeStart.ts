/**
 * `?safe=1`: open the app without reading the saved stories (they stay in storage, untouched),
 * the way out the app offers after a crash.
 */
export const SKIP_SAVED_STORIES = 'safe';

export const skipSavedStories = (): boolean =>
  new URLSearchParams(window.location.search).get(SKIP_SAVED_STORIES) === '1';
