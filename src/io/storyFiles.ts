import { parse, stringify } from 'yaml';
import { checkStory } from '../model/storyChecks';
import { storySchema, type Story } from '../model/storySchema';
import type { KnowledgeGraph } from '../model/types';

/** A story as a file (YAML, the graph-data format, or JSON). */
export const storyToText = (story: Story, format: 'yaml' | 'json'): string =>
  format === 'json' ? `${JSON.stringify(story, null, 2)}\n` : stringify(story, { lineWidth: 100 });

export type ImportResult = { ok: true; story: Story; missing: string[] } | { ok: false; error: string };

/**
 * Reads a story file: YAML or JSON, checked against the story schema. Ids the current graph
 * does not have are reported (the story still imports; those steps show less).
 */
export const storyFromText = (text: string, fileName: string, graph: KnowledgeGraph): ImportResult => {
  let data: unknown;
  try {
    data = fileName.endsWith('.json') ? JSON.parse(text) : parse(text);
  } catch (error) {
    return {
      ok: false,
      error: `${fileName}: not valid ${fileName.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`,
    };
  }
  const parsed = storySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ok: false,
      error: `${fileName}: ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
    };
  }
  const missing = checkStory(parsed.data, graph).map((i) => `step ${i.step ?? '?'}: ${i.message}`);
  return { ok: true, story: parsed.data, missing };
};
