import { edgeKey, typeOfId } from './ids';
import type { Problem } from './problems';
import type { Located, RawGraphData, TypedEntityRecord } from './rawData';
import type { RelationRecord } from './recordSchemas';
import type { KnowledgeGraph } from './types';
import { vocabularyOf, type Vocabulary } from './vocabulary/vocabulary';

const aliasKey = (text: string): string => text.toLowerCase().replace(/[\s\-_.]+/g, '');

/** Per-entity and between-entity checks; returns the entities that may enter the graph. */
export const checkEntities = (data: RawGraphData, problems: Problem[]): Located<TypedEntityRecord>[] => {
  const vocabulary = vocabularyOf(data.schema);
  const accepted: Located<TypedEntityRecord>[] = [];
  const seen = new Map<string, Located<TypedEntityRecord>>();
  const aliasOwner = new Map<string, string>();
  for (const located of data.entities) {
    const { value, origin } = located;
    const fail = (message: string, path: (string | number)[] = []): void => {
      problems.push({
        severity: 'error',
        file: origin.file,
        line: origin.lineOf(path),
        id: value.id,
        message,
      });
    };
    const previous = seen.get(value.id);
    if (previous) {
      fail(`duplicate id (first defined at ${previous.origin.file}:${previous.origin.line})`, ['id']);
      continue;
    }
    seen.set(value.id, located);
    if (typeOfId(value.id) !== value.type) fail(`id must start with "${value.type}/" in this file`, ['id']);
    for (const attribute of vocabulary.schema.attributes) {
      if (attribute.type !== value.type || !attribute.required || value[attribute.id] !== undefined) continue;
      const type = vocabulary.typeLabel(value.type).toLowerCase();
      fail(`${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} needs a ${attribute.label.toLowerCase()}`, [
        attribute.id,
      ]);
    }
    const groups = data.groups[value.type];
    if (value.group && !groups?.some((g) => g.id === value.group)) {
      fail(`group "${value.group}" is not listed for ${value.type} in groups.yaml`, ['group']);
    }
    if (value.broader && typeOfId(value.broader) !== value.type) {
      fail(`broader entity ${value.broader} must be a ${value.type} too`, ['broader']);
    }
    for (const [index, name] of [value.label, ...value.aliases].entries()) {
      const key = aliasKey(name);
      const owner = aliasOwner.get(key);
      if (owner && owner !== value.id) {
        fail(
          `alias "${name}" is also a label or alias of ${owner}`,
          index === 0 ? ['label'] : ['aliases', index - 1],
        );
      }
      aliasOwner.set(key, value.id);
    }
    accepted.push(located);
  }
  checkBroader(accepted, problems);
  return accepted;
};

/** `broader` must name an existing entity and never loop back. */
const checkBroader = (entities: readonly Located<TypedEntityRecord>[], problems: Problem[]): void => {
  const byId = new Map(entities.map((e) => [e.value.id, e]));
  for (const { value, origin } of entities) {
    if (!value.broader) continue;
    const fail = (message: string): void => {
      problems.push({
        severity: 'error',
        file: origin.file,
        line: origin.lineOf(['broader']),
        id: value.id,
        message,
      });
    };
    if (!byId.has(value.broader)) {
      fail(`broader names ${value.broader}, which does not exist`);
      continue;
    }
    const seen = new Set([value.id]);
    for (let next = byId.get(value.broader); next?.value.broader; next = byId.get(next.value.broader)) {
      if (seen.has(next.value.id)) {
        fail(`broader entities form a loop through ${next.value.id}`);
        break;
      }
      seen.add(next.value.id);
    }
  }
};

/** Checks one relation record against the graph's nodes and papers; false when it cannot be added. */
export const checkRelation = (
  located: Located<RelationRecord>,
  graph: KnowledgeGraph,
  vocabulary: Vocabulary,
  refs: ReadonlySet<number>,
  problems: Problem[],
): boolean => {
  const { value, origin } = located;
  const id = edgeKey(value.from, value.relation, value.to);
  let ok = true;
  const fail = (message: string, path: (string | number)[]): void => {
    ok = false;
    problems.push({ severity: 'error', file: origin.file, line: origin.lineOf(path), id, message });
  };
  const info = vocabulary.relation(value.relation)!;
  for (const end of ['from', 'to'] as const) {
    const target = value[end];
    if (!graph.hasNode(target)) {
      fail(`"${end}" names ${target}, which does not exist`, [end]);
      continue;
    }
    const type = graph.getNodeAttribute(target, 'type');
    const allowed = end === 'from' ? info.from : info.to;
    if (!allowed.includes(type)) {
      fail(
        `"${value.relation}" cannot ${end === 'from' ? 'start at' : 'end at'} a ${vocabulary.typeLabel(type).toLowerCase()} (allowed: ${allowed.join(', ')})`,
        [end],
      );
    }
  }
  if (value.from === value.to) fail('a relation cannot point at its own source', ['to']);
  value.evidence.forEach((item, index) => {
    item.refs.forEach((ref, r) => {
      if (!refs.has(ref)) fail(`reference ${ref} is not in papers.yaml`, ['evidence', index, 'refs', r]);
    });
    for (const field of ['involves', 'with', 'measured_in'] as const) {
      item[field]?.forEach((other, i) => {
        if (!graph.hasNode(other))
          fail(`${field} names ${other}, which does not exist`, ['evidence', index, field, i]);
      });
    }
    if (item.level !== undefined && item.level !== vocabulary.weakest && item.refs.length === 0) {
      problems.push({
        severity: 'warning',
        file: origin.file,
        line: origin.lineOf(['evidence', index, 'refs']),
        id,
        message: `${/^[aeiou]/i.test(item.level) ? 'an' : 'a'} ${item.level.replace('_', ' ')} statement without references (the review prints none here?)`,
      });
    }
  });
  return ok;
};
