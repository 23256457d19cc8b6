import { uniqueDraftId } from '../model/draftIds';
import { STORY_ID, stepViewSchema, storySchema, storyStepSchema, type Story } from '../model/storySchema';
import { CURRENT_VERSION, migrate, versionProblem } from './draftEnvelope';

/**
 * "Try to repair" for a damaged saved story: what can be kept is kept, an empty or missing text gets a
 * placeholder the lecturer must replace (the editor points at it), parts that cannot be read are left
 * out and listed. A repair that left nothing out is lossless: the damaged copy is then not needed.
 */
export const PLACEHOLDERS = {
  title: 'Untitled story (write a title)',
  audience: 'Not stated (write the audience)',
  summary: 'No summary yet (write one)',
  stepTitle: 'Untitled step (write a title)',
  caption: 'No caption yet (write one in your own words)',
} as const;

const PLACEHOLDER_TEXTS = new Set<string>(Object.values(PLACEHOLDERS));
export const isPlaceholder = (text: string): boolean => PLACEHOLDER_TEXTS.has(text);

export interface RepairResult {
  stories: Story[];
  /** What was changed, one line each ("step 2: empty caption replaced by a placeholder"). */
  changes: string[];
  /** Nothing was left out (only placeholders and new ids). */
  lossless: boolean;
}

type Obj = Record<string, unknown>;
const isRecord = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

interface Log {
  changes: string[];
  lossy: boolean;
}

const text = (value: unknown, placeholder: string, what: string, log: Log): string => {
  if (nonEmpty(value)) return value;
  log.changes.push(`${what} was ${value === undefined ? 'missing' : 'empty'}: a placeholder to replace`);
  if (value !== undefined && typeof value !== 'string') log.lossy = true;
  return placeholder;
};

const dropped = (log: Log, what: string) => {
  log.changes.push(`${what} could not be read and was left out`);
  log.lossy = true;
};

const repairView = (view: unknown, where: string, log: Log): Story['steps'][number]['view'] => {
  if (!isRecord(view)) {
    if (view !== undefined) dropped(log, `${where}: its view`);
    return {};
  }
  const out: Obj = {};
  for (const [key, value] of Object.entries(view)) {
    if (stepViewSchema.safeParse({ [key]: value }).success) out[key] = value;
    else dropped(log, `${where}: view.${key}`);
  }
  return stepViewSchema.parse(out);
};

const repairStep = (raw: unknown, where: string, log: Log): Story['steps'][number] | undefined => {
  if (!isRecord(raw)) {
    dropped(log, where);
    return undefined;
  }
  const step: Obj = {
    title: text(raw.title, PLACEHOLDERS.stepTitle, `${where}: the title`, log),
    caption: text(raw.caption, PLACEHOLDERS.caption, `${where}: the caption`, log),
    view: repairView(raw.view, where, log),
  };
  if (typeof raw.notes === 'string') step.notes = raw.notes;
  else if (raw.notes !== undefined) dropped(log, `${where}: the notes`);
  if (raw.quiz !== undefined) {
    if (storyStepSchema.safeParse({ ...step, quiz: raw.quiz }).success) step.quiz = raw.quiz;
    else dropped(log, `${where}: the quiz`);
  }
  for (const key of Object.keys(raw))
    if (!['title', 'caption', 'view', 'notes', 'quiz'].includes(key)) dropped(log, `${where}: "${key}"`);
  return storyStepSchema.parse(step);
};

const repairStory = (raw: unknown, taken: Set<string>, log: Log): Story | undefined => {
  if (!isRecord(raw)) return undefined;
  const title = text(raw.title, PLACEHOLDERS.title, 'the story’s title', log);
  const steps = Array.isArray(raw.steps)
    ? raw.steps.flatMap((s, i) => repairStep(s, `step ${i + 1}`, log) ?? [])
    : [];
  if (raw.steps !== undefined && !Array.isArray(raw.steps)) dropped(log, 'its steps');
  if (steps.length === 0) {
    log.changes.push('it had no step that could be read: an empty step to edit');
    steps.push({ title: PLACEHOLDERS.stepTitle, caption: PLACEHOLDERS.caption, view: {} });
  }
  let id = typeof raw.id === 'string' && STORY_ID.test(raw.id) ? raw.id : undefined;
  if (!id || taken.has(id)) {
    id = uniqueDraftId(title, taken);
    log.changes.push(`it has a new id, ${id}`);
  }
  taken.add(id);
  for (const key of Object.keys(raw))
    if (!['id', 'title', 'audience', 'summary', 'steps'].includes(key)) dropped(log, `"${key}"`);
  const parsed = storySchema.safeParse({
    id,
    title,
    audience: text(raw.audience, PLACEHOLDERS.audience, 'the audience', log),
    summary: text(raw.summary, PLACEHOLDERS.summary, 'the summary', log),
    steps,
  });
  return parsed.success ? parsed.data : undefined;
};

/** The stories inside a damaged value: an envelope `{ version, stories }`, a list, or one story. */
const storiesIn = (json: unknown): { items: unknown[]; version: number } | undefined => {
  if (Array.isArray(json)) return { items: json, version: CURRENT_VERSION };
  if (!isRecord(json)) return undefined;
  if (!Array.isArray(json.stories)) return { items: [json], version: CURRENT_VERSION };
  const version = versionProblem(json.version) ? CURRENT_VERSION : (json.version as number);
  return { items: json.stories, version };
};

/**
 * Repairs what can be repaired in a damaged saved value (its text). `taken` holds the ids in use (shipped
 * stories, drafts); `existing` the drafts already loaded, whose exact copies are not added twice.
 * Undefined when nothing in it can be read as a story (not JSON, or not a story at all).
 */
export const repairDamaged = (
  raw: string,
  taken: ReadonlySet<string>,
  existing: readonly Story[] = [],
): RepairResult | undefined => {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const found = storiesIn(json);
  if (!found) return undefined;
  const ids = new Set(taken);
  const known = new Set(existing.map((s) => JSON.stringify(s)));
  const log: Log = { changes: [], lossy: false };
  const stories: Story[] = [];
  found.items.forEach((item, i) => {
    const migrated = migrate(item, found.version);
    const exact = storySchema.safeParse(migrated);
    if (exact.success && known.has(JSON.stringify(exact.data))) return;
    const story = repairStory(migrated, ids, log);
    if (story) stories.push(story);
    else dropped(log, `story ${i + 1} (${item === null ? 'null' : typeof item})`);
  });
  if (stories.length === 0) return undefined;
  return { stories, changes: log.changes, lossless: !log.lossy };
};
