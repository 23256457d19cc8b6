import { LIMITS } from '../../formats/limits';
import type { ImportSessionApi } from './importSession';

const MB = 1024 * 1024;

/**
 * Opens files the reader picked or dropped: one graph file, or a CSV node table and edge table
 * together. Refuses, with a message naming the file, what no reader should even load: more than two
 * files, or a file over the readers' size limit (checked before its bytes are read).
 */
export const openPickedFiles = async (session: ImportSessionApi, list: FileList | File[]): Promise<void> => {
  const files = [...list];
  const name = files.map((f) => f.name).join(' + ');
  if (files.length === 0) return;
  if (files.length > 2) {
    session
      .getState()
      .fail(name, `${files.length} files at once: open one graph file, or a CSV node table and edge table`);
    return;
  }
  const big = files.find((f) => f.size > LIMITS.fileBytes);
  if (big) {
    session
      .getState()
      .fail(
        big.name,
        `${big.name}: the file has ${(big.size / MB).toFixed(1)} MB, more than the ${LIMITS.fileBytes / MB} MB this explorer reads`,
      );
    return;
  }
  let inputs;
  try {
    inputs = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
  } catch (error) {
    session
      .getState()
      .fail(name, `${name}: the browser could not read the file (${(error as Error).message})`);
    return;
  }
  // Which of two CSV files is the node table the reader tells from their headers.
  await session.getState().open(inputs, { kind: 'file', name });
};
