import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { datasetFromImport } from '../../src/dataset/datasetFromImport';
import { layoutForImport } from '../../src/formats/layoutForImport';
import { readDataset } from '../../src/formats/readDataset';
import * as idb from '../../src/io/openedGraphs';
import { createImportSession } from '../../src/state/import/importSession';
import { checkStoredMeta, storedRecordOf } from '../../src/state/import/storedGraphRecord';
import { createStoredGraphs } from '../../src/state/import/storedGraphs';

/**
 * The graphs kept in this browser's IndexedDB (fake-indexeddb here, a fresh database per test):
 * kept as opened, restored with the same checks as an opened file and with their workspace; a
 * corrupt or newer record is set aside with a notice, never dropped; a full storage says so.
 */
const CSV =
  'Source,Target,Label,kind\nalpha,beta,binds,protein\nbeta,gamma,blocks,protein\ngamma,alpha,binds,drug\n';

const openedDataset = () => {
  const read = readDataset([{ name: 'lab.csv', text: CSV }]);
  if (!read.ok) throw new Error(read.error);
  const dataset = datasetFromImport(read.dataset, layoutForImport(read.dataset), {
    kind: 'file',
    name: 'lab.csv',
  });
  return { dataset, report: read.dataset.report };
};

const setup = () => {
  const session = createImportSession();
  const stored = createStoredGraphs(session);
  return { session, stored };
};

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(async () => {
  await idb.closeOpenedGraphs();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('graphs kept in IndexedDB', () => {
  it('keeps an opened graph and restores it, the same graph with its report and workspace', async () => {
    const { session, stored } = setup();
    const { dataset, report } = openedDataset();
    await stored.getState().keep(dataset, report, '');
    expect(stored.getState().recent).toMatchObject([
      { id: 'file:lab.csv', name: 'lab.csv', nodes: 3, edges: 3 },
    ]);
    await stored.getState().saveWorkspace('file:lab.csv', '?node=beta');
    await stored.getState().refresh();

    expect(await stored.getState().open('file:lab.csv')).toBe(true);
    const shown = session.getState().opened!;
    expect(shown).not.toBe(dataset);
    expect(shown.id).toBe(dataset.id);
    expect(shown.graph.nodes().sort()).toEqual(dataset.graph.nodes().sort());
    expect(shown.graph.export().edges).toEqual(dataset.graph.export().edges);
    expect(shown.schema).toEqual(dataset.schema);
    expect({ ...shown.positions }).toEqual({ ...dataset.positions });
    expect(session.getState().report).toEqual(JSON.parse(JSON.stringify(report)));
    expect(stored.getState().fromStorage(shown)).toBe(true);
    expect(stored.getState().fromStorage(dataset)).toBe(false);
    expect(stored.getState().takeWorkspace(shown)).toBe('?node=beta');
    expect(stored.getState().takeWorkspace(shown)).toBeUndefined();
    expect(stored.getState().notices).toEqual([]);
  });

  it('forgets a graph only when told', async () => {
    const { stored } = setup();
    const { dataset, report } = openedDataset();
    await stored.getState().keep(dataset, report, '');
    await stored.getState().forget('file:lab.csv');
    expect(stored.getState().recent).toEqual([]);
    expect(await idb.readBundle('file:lab.csv')).toBeUndefined();
  });

  it.each([
    ['truncated', (text: string) => text.slice(0, text.length / 2), /^lab\.csv:\d+/],
    [
      'without its edges',
      (text: string) => text.replace('"edges"', '"edgez"'),
      /0 edges, but .* 3 were kept/,
    ],
  ])(
    'sets a record with a %s graph aside on opening, with a notice, and keeps its bytes',
    async (_, corrupt, why) => {
      const { session, stored } = setup();
      const { dataset, report } = openedDataset();
      const record = storedRecordOf(dataset, report, '')!;
      const broken = corrupt(record.bundle.text);
      await idb.writeGraph(record.meta, { id: record.meta.id, text: broken });
      await stored.getState().refresh();
      expect(await stored.getState().open('file:lab.csv')).toBe(false);
      expect(session.getState().opened).toBeUndefined();
      const { recent, aside, notices } = stored.getState();
      expect(recent).toEqual([]);
      expect(aside).toHaveLength(1);
      expect(aside[0]!.id).toBe('file:lab.csv');
      expect(aside[0]!.why).toMatch(why);
      expect((aside[0]!.bundle as { text: string }).text).toBe(broken);
      expect(notices.map((n) => n.text)).toEqual([
        expect.stringMatching(/lab\.csv could not be read .*kept aside/),
      ]);

      await stored.getState().discardAside(aside[0]!.key!);
      expect(stored.getState().aside).toEqual([]);
      expect(await idb.readAside()).toEqual([]);
    },
  );

  it('sets aside, on listing, a record of the wrong shape and one written by a newer version', async () => {
    const { stored } = setup();
    const { dataset, report } = openedDataset();
    const record = storedRecordOf(dataset, report, '')!;
    await idb.writeGraph({ ...record.meta, nodes: -1 }, record.bundle);
    await idb.writeGraph(
      { ...record.meta, id: 'file:new.csv', v: 2 },
      { ...record.bundle, id: 'file:new.csv' },
    );
    await stored.getState().refresh();
    const { recent, aside, notices } = stored.getState();
    expect(recent).toEqual([]);
    expect(aside.map((a) => a.id).sort()).toEqual(['file:lab.csv', 'file:new.csv']);
    expect(aside.find((a) => a.id === 'file:new.csv')!.why).toContain('newer version');
    expect(notices).toHaveLength(2);
  });

  it('reads the list again when the browser aborts a read, with no notice and nothing unhandled', async () => {
    const { stored } = setup();
    const { dataset, report } = openedDataset();
    await stored.getState().keep(dataset, report, '');
    // The first transaction of each read store is aborted as it starts, as Chromium did in a test.
    const transaction = IDBDatabase.prototype.transaction;
    const aborted = new Set<string>();
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      const tx = transaction.apply(this, args);
      const store = String(args[0]);
      if (!aborted.has(store)) {
        aborted.add(store);
        queueMicrotask(() => tx.abort());
      }
      return tx;
    });
    await stored.getState().refresh();
    vi.restoreAllMocks();
    expect([...aborted].sort()).toEqual(['aside', 'graphs']);
    expect(stored.getState().notices).toEqual([]);
    expect(stored.getState().recent.map((m) => m.name)).toEqual(['lab.csv']);
  });

  it('says the graph is open but will not be kept when storage is full', async () => {
    const { stored } = setup();
    const { dataset, report } = openedDataset();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await stored.getState().keep(dataset, report, '');
    vi.restoreAllMocks();
    expect(stored.getState().recent).toEqual([]);
    expect(stored.getState().notices.map((n) => n.text)).toEqual([
      expect.stringMatching(/^lab\.csv is open, but this browser's storage is full: it will not be kept/),
    ]);
  });
});

describe('checkStoredMeta', () => {
  it('accepts what storedRecordOf writes and names what is wrong otherwise', () => {
    const { dataset, report } = openedDataset();
    const { meta } = storedRecordOf(dataset, report, '?node=alpha', new Date('2026-12-02T06:00:00Z'))!;
    expect(checkStoredMeta(JSON.parse(JSON.stringify(meta)))).toEqual({ meta });
    expect(checkStoredMeta({ ...meta, openedAt: 'yesterday' })).toMatchObject({
      issue: expect.stringContaining('openedAt'),
    });
    expect(checkStoredMeta(null)).toHaveProperty('issue');
  });
});
