import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from '../model/problems';
import type { RawGraphData, TypedEntityRecord } from '../model/rawData';
import { entityRecordSchemaFor, groupsSchemaFor, paperRecordSchema } from '../model/recordSchemas';
import { storySchema } from '../model/storySchema';
import { normaliseSchema } from '../model/vocabulary/datasetSchema';
import { checkSchema } from '../model/vocabulary/schemaChecks';
import { schemaFileSchema } from '../model/vocabulary/schemaFile';
import { vocabularyOf, type Vocabulary } from '../model/vocabulary/vocabulary';
import { positionsFileSchema } from '../model/positions/positionsFile';
import { checkDataRoot, listYamlFiles, readGraphFile } from './graphDataFiles';
import { readRelations } from './readRelations';
import { parseYamlFile, readMapping, readSequence, type YamlFile } from './yamlRecords';

export interface ReadResult {
  data?: RawGraphData;
  problems: Problem[];
}

/**
 * Reads graph-data/: schema.yaml first (the vocabulary everything else is checked against), then
 * groups.yaml, papers.yaml, entities/<type>.yaml and relations/*.yaml, checking every record against
 * its schema. File names in problems are relative to `root`'s parent so they read as `graph-data/…`.
 */
export const readGraphData = (root: string): ReadResult => {
  const problems: Problem[] = [];
  const display = (path: string): string => relative(join(root, '..'), path) || path;
  const rootProblem = checkDataRoot(root, display(root));
  if (rootProblem) return { problems: [rootProblem] };
  // A file that cannot be read or parsed is reported once; the cross-record checks are skipped, or every
  // reference to its records would be reported too. An optional file that does not exist is no problem.
  let unreadable = false;
  const open = (path: string, optional = false): YamlFile | undefined => {
    if (optional && !existsSync(path)) return undefined;
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

  const schemaFile = open(join(root, 'schema.yaml'));
  const declared = schemaFile && readMapping(schemaFile, schemaFileSchema, problems);
  if (!schemaFile || !declared) return { problems };
  const schema = normaliseSchema(declared);
  const schemaIssues = checkSchema(schema);
  for (const issue of schemaIssues)
    problems.push({
      severity: 'error',
      file: schemaFile.file,
      line: schemaFile.lineAt(schemaPath(issue.path)),
      message: `${issue.path}: ${issue.message}`,
    });
  if (schemaIssues.length > 0) return { problems };
  const vocabulary = vocabularyOf(schema);

  const groupsFile = open(join(root, 'groups.yaml'), true);
  const groups = (groupsFile && readMapping(groupsFile, groupsSchemaFor(vocabulary), problems)) ?? {};

  const papersFile = open(join(root, 'papers.yaml'), !vocabulary.referenceType);
  const papers = papersFile
    ? readSequence(
        papersFile,
        paperRecordSchema,
        (raw) => (raw.ref ? `${vocabulary.referenceType ?? 'reference'}/${String(raw.ref)}` : undefined),
        problems,
      )
    : [];

  const entities = readEntities(
    join(root, 'entities'),
    vocabulary,
    { open, list: yamlFilesIn, display },
    problems,
  );

  const relations: RawGraphData['relations'] = [];
  const relationDir = join(root, 'relations');
  for (const name of yamlFilesIn(relationDir)) {
    const file = open(join(relationDir, name));
    if (!file) continue;
    relations.push(...readRelations(file, vocabulary, problems));
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

  const positionsFile = open(join(root, 'positions.yaml'), true);
  const positionsValue = positionsFile && readMapping(positionsFile, positionsFileSchema, problems);
  const positions =
    positionsFile && positionsValue
      ? {
          value: positionsValue,
          origin: {
            file: positionsFile.file,
            line: 1,
            lineOf: (path: readonly (string | number)[]) => positionsFile.lineAt(path),
          },
        }
      : undefined;

  if (unreadable) return { problems };
  return {
    data: { schema, groups, entities, papers, relations, stories, ...(positions ? { positions } : {}) },
    problems,
  };
};

/** `relations.binds.from` → the YAML path of that key, for the line number. */
const schemaPath = (path: string): string[] => path.split('.');

/** entities/<type>.yaml (or `<type>.<part>.yaml` when a type is split over several files), in type order. */
const readEntities = (
  dir: string,
  vocabulary: Vocabulary,
  files: {
    open: (path: string) => YamlFile | undefined;
    list: (dir: string) => string[];
    display: (path: string) => string;
  },
  problems: Problem[],
): RawGraphData['entities'] => {
  const { open, list, display } = files;
  const entities: RawGraphData['entities'] = [];
  const drawn = vocabulary.drawnTypes.map((t) => t.id);
  const typeOf = (name: string) => name.replace(/\.ya?ml$/, '').split('.')[0] ?? '';
  const order = (name: string) => {
    const index = drawn.indexOf(typeOf(name));
    return index === -1 ? drawn.length : index;
  };
  for (const name of list(dir).sort((a, b) => order(a) - order(b) || a.localeCompare(b))) {
    const type = typeOf(name);
    if (!drawn.includes(type)) {
      problems.push({
        severity: 'error',
        file: display(join(dir, name)),
        message: `unknown entity type "${type}" (file names must be one of: ${drawn.join(', ')})`,
      });
      continue;
    }
    const file = open(join(dir, name));
    if (!file) continue;
    const schema = entityRecordSchemaFor(vocabulary, type);
    for (const record of readSequence(file, schema, (raw) => stringOrUndefined(raw.id), problems)) {
      entities.push({ value: { ...record.value, type } as TypedEntityRecord, origin: record.origin });
    }
  }
  return entities;
};

const stringOrUndefined = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;
