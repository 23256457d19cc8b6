import { GROUPS_JSON, KG_MARKER, SCHEMA_JSON } from '../dialect';
import { parseJsonText, ownEntries } from '../text/jsonText';
import type { DatasetGraphAttributes } from '../types';
import { toRecord } from './attributes';
import type { RawGraph } from './rawGraph';

type Groups = DatasetGraphAttributes['groups'];

const groupsFrom = (value: unknown): Groups | undefined => {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = parseJsonText(value, GROUPS_JSON);
    } catch {
      return undefined;
    }
  }
  const groups: Groups = Object.create(null) as Groups;
  for (const [type, list] of ownEntries(parsed)) {
    if (!Array.isArray(list)) return undefined;
    groups[type] = list.filter(
      (g): g is { id: string; label: string } =>
        typeof (g as { id?: unknown })?.id === 'string' &&
        typeof (g as { label?: unknown })?.label === 'string',
    );
  }
  return groups;
};

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/**
 * The graph's own attributes: title, citation and DOI where the file names them (its title, name or
 * description for a foreign file), groups (ours) or those from compound parents, and every other
 * graph-level attribute of the file in `original`.
 */
export const graphAttributes = (raw: RawGraph, parentGroups: Groups): DatasetGraphAttributes => {
  const rest = new Map(raw.attributes);
  const take = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const value = text(rest.get(key));
      if (value !== undefined && value !== '') {
        if (raw.dialect === 'ours') rest.delete(key);
        return value;
      }
    }
    return undefined;
  };
  const title = take('title', 'name', 'shared_name', 'description', 'label') ?? raw.fallbackTitle;
  const citation = take('citation') ?? '';
  const doi = take('doi') ?? '';
  let groups = parentGroups;
  if (raw.dialect === 'ours') {
    const own = groupsFrom(rest.get('groups') ?? rest.get(GROUPS_JSON));
    if (own && Object.keys(own).length > 0) groups = own;
    for (const key of ['groups', GROUPS_JSON, SCHEMA_JSON, 'schema', 'kg_format', 'creator'])
      if (key !== 'creator' || rest.get(key) === KG_MARKER) rest.delete(key);
  }
  return { title, citation, doi, groups, ...(rest.size > 0 ? { original: toRecord(rest) } : {}) };
};
