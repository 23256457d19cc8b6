import { join, relative } from 'node:path';
import { isEntityType } from '../model/entityTypes';
import type { Problem } from '../model/problems';
import type { RawGraphData, TypedEntityRecord } from '../model/rawData';
import {
  entityRecordSchema,
  groupsSchema,
  paperRecordSchema,
  reviewMetaSchema,
} from '../model/recordSchemas';
import { ENTITY_TYPE_IDS } from '../model/entityTypes';
import { storySchema } from '../model/storySchema';
import { checkDataRoot, listYamlFiles, readGraphFile } from './graphDataFiles';
import { readRelations } from './readRelations';
import { parseYamlFile, readMapping, readSequence, type YamlFile } from './yamlRecords';

export interface ReadResult {
  data?: RawGraphData;
  problems: Problem[];
}

/**
 * Reads graph-data/ (review.yaml, groups.yaml, papers.yaml, entities/<type>.yaml,
 * relations/*.yaml), checking every record against its schema. File names in problems
 * are relative to `root`'s parent so they read as `graph-data/…`.
 */
export const readGraphData = (root: string): ReadResult => {
  const problems: Problem[] = [];
  const display = (path: string): string => relative(join(root, '..'), path) || path;
  const rootProblem = checkDataRoot(root, display(root));
  if (rootProblem) return { problems: [rootProblem] };
  // A file that cannot be read or parsed is reported once; the cross-record checks are skipped, or every
  // reference to its records would be reported too.
  let unreadable = false;
  const open = (path: string): YamlFile | undefined => {
    const text = readGraphFile(path, display(path), problems);
    const file = text === undefined ? undefined : parseYamlFile(display(path), text, problems);
    if (!file) unreadable = true;
    return file;
  };
  const yamlFilesIn = (dir: string): string[] => {
    const names = listYamlFiles(dir, display(dir), problems);
    if (!names) unreadable = true;
    return names ?? [];
  };

  const metaFile = open(join(root, 'review.yaml'));
  const meta = metaFile && readMapping(metaFile, reviewMetaSchema, problems);
  const groupsFile = open(join(root, 'groups.yaml'));
  const groups = (groupsFile && readMapping(groupsFile, groupsSchema, problems)) ?? {};

  const papersFile = open(join(root, 'papers.yaml'));
  const papers = papersFile
    ? readSequence(
        papersFile,
        paperRecordSchema,
        (raw) => (raw.ref ? `paper/${String(raw.ref)}` : undefined),
        problems,
      )
    : [];

  const entities: RawGraphData['entities'] = [];
  const entityDir = join(root, 'entities');
  const entityFiles = yamlFilesIn(entityDir).sort(
    (a, b) => typeOrder(a) - typeOrder(b) || a.localeCompare(b),
  );
  for (const name of entityFiles) {
    // `<type>.yaml`, or `<type>.<part>.yaml` when a type is split over several files.
    const type = name.replace(/\.ya?ml$/, '').split('.')[0] ?? '';
    if (!isEntityType(type) || type === 'paper') {
      problems.push({
        severity: 'error',
        file: display(join(entityDir, name)),
        message: `unknown entity type "${type}" (file names must be one of: ${ENTITY_TYPE_IDS.filter((t) => t !== 'paper').join(', ')})`,
      });
      continue;
    }
    const file = open(join(entityDir, name));
    if (!file) continue;
    for (const record of readSequence(
      file,
      entityRecordSchema,
      (raw) => stringOrUndefined(raw.id),
      problems,
    )) {
      entities.push({ value: { ...record.value, type } as TypedEntityRecord, origin: record.origin });
    }
  }

  const relations: RawGraphData['relations'] = [];
  const relationDir = join(root, 'relations');
  for (const name of yamlFilesIn(relationDir)) {
    const file = open(join(relationDir, name));
    if (!file) continue;
    relations.push(...readRelations(file, problems));
  }

  const stories: RawGraphData['stories'] = [];
  const storyDir = join(root, 'stories');
  for (const name of yamlFilesIn(storyDir)) {
    const file = open(join(storyDir, name));
    const story = file && readMapping(file, storySchema, problems);
    if (file && story)
      stories.push({
        value: story,
        origin: { file: file.file, line: 1, lineOf: (path) => file.lineAt(path) },
      });
  }

  if (!meta || unreadable) return { problems };
  return { data: { meta, groups, entities, papers, relations, stories }, problems };
};

const typeOrder = (fileName: string): number => {
  const index = (ENTITY_TYPE_IDS as readonly string[]).indexOf(fileName.split('.')[0] ?? '');
  return index === -1 ? ENTITY_TYPE_IDS.length : index;
};

const stringOrUndefined = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;
