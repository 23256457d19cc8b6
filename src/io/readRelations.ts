import type { Problem } from '../model/problems';
import type { Located } from '../model/rawData';
import * as z from 'zod/mini';
import {
  evidenceSchemaFor,
  relationShellSchemaFor,
  type EvidenceRecord,
  type RelationRecord,
} from '../model/recordSchemas';
import type { Vocabulary } from '../model/vocabulary/vocabulary';
import { issueProblems, withoutUnknownKeys } from './issueProblems';
import { readSequence, type YamlFile } from './yamlRecords';

/**
 * Reads a relations file. Evidence items are checked one by one: a bad item is reported
 * (with its own line) and left out, and the record's other items are still checked.
 */
export const readRelations = (
  file: YamlFile,
  vocabulary: Vocabulary,
  problems: Problem[],
): Located<RelationRecord>[] => {
  const out: Located<RelationRecord>[] = [];
  const evidenceSchema = evidenceSchemaFor(vocabulary);
  const shells = readSequence(
    file,
    relationShellSchemaFor(vocabulary),
    (raw) => `${String(raw.from)}--${String(raw.relation)}--${String(raw.to)}`,
    problems,
  );
  for (const { value, origin } of shells) {
    const id = `${value.from}--${value.relation}--${value.to}`;
    const evidence: EvidenceRecord[] = [];
    value.evidence.forEach((raw, index) => {
      const parsed = z.safeParse(evidenceSchema, raw);
      if (parsed.success) {
        evidence.push(parsed.data);
        return;
      }
      for (const issue of parsed.error.issues) {
        const path = ['evidence', index, ...(issue.path as (string | number)[])];
        problems.push(...issueProblems({ ...issue, path }, { file: origin.file, id }, origin.lineOf));
      }
      // An item whose only fault is an unknown key is kept (its error stands).
      const stripped = withoutUnknownKeys(raw, parsed.error.issues);
      const retry = stripped === undefined ? undefined : z.safeParse(evidenceSchema, stripped);
      if (retry?.success) evidence.push(retry.data);
    });
    if (evidence.length > 0) out.push({ value: { ...value, evidence }, origin });
  }
  return out;
};
