/** Ids of the lecturer's own stories: `draft-<slug of the title>`, made unique with `-2`, `-3`, … */
const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'story';

/** A draft id that no shipped story or other draft uses. */
export const uniqueDraftId = (title: string, taken: ReadonlySet<string>): string => {
  const base = `draft-${slug(title)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
};
