import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_CLI, ROOT } from '../support/buildCli';
import { makeGraphData, VALID_FILES } from '../support/fixture';
import { runKg } from '../support/runKg';

const dir = mkdtempSync(join(tmpdir(), 'kg-fail-'));
const data = makeGraphData();
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const textFile = file('review.txt', 'The review.\n');
const loop = join(dir, 'loop');
symlinkSync('loop', loop);
// Root can write anywhere a permission bit would forbid; sysfs refuses new files even to root.
const unwritable = '/sys/kg-test.json';

const exportTo = (out: string) => ['export', '--format', 'graphology', '--data', data, '--out', out];
const gapsTo = (out: string) => ['gaps', '--data', data, '--out', out];

describe('kg: every file-system failure and misuse is one line naming the path, and exit 2', () => {
  it.each([
    [
      '--out into a missing folder',
      exportTo(join(dir, 'no/such/dir/g.json')),
      `kg: cannot write --out ${dir}/no/such/dir/g.json: the folder ${dir}/no/such/dir does not exist`,
    ],
    ['--out onto a folder', exportTo(dir), `kg: cannot write --out ${dir}: it is a folder`],
    [
      '--out under a file',
      gapsTo(`${textFile}/gaps.json`),
      `kg: cannot write --out ${textFile}/gaps.json: a part of the path is a file, not a folder`,
    ],
    [
      '--out to an unwritable path',
      exportTo(unwritable),
      `kg: cannot write --out ${unwritable}: permission denied`,
    ],
    [
      '--out where no file can be created',
      gapsTo('/proc/kg-test.json'),
      'kg: cannot write --out /proc/kg-test.json: the file cannot be created there',
    ],
    [
      '--out to a full device',
      gapsTo('/dev/full'),
      'kg: cannot write --out /dev/full: no space left on the device',
    ],
    ['--out with no name', gapsTo(''), 'kg: --out needs a file name'],
    [
      '--source that is a folder',
      ['validate', '--data', data, '--source', dir],
      `kg: --source is a folder, not a file: ${dir}`,
    ],
    [
      '--source that is a link loop',
      ['stats', '--data', data, '--source', loop],
      `kg: cannot read --source ${loop}: too many symbolic links (a link loop?)`,
    ],
    [
      '--source that is a device',
      ['validate', '--data', data, '--source', '/dev/null'],
      'kg: --source is not a regular file: /dev/null',
    ],
    [
      'a binary --source',
      [
        'validate',
        '--data',
        data,
        '--source',
        file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
      ],
      'kg: --source is not a text file (binary data: a NUL byte at byte 8): ',
    ],
    [
      'a UTF-16 --source',
      ['stats', '--data', data, '--source', file('utf16.txt', Buffer.from('\ufeffThe review.', 'utf16le'))],
      'kg: --source is not a text file (UTF-16; save it as UTF-8): ',
    ],
    [
      'a Latin-1 --source',
      ['validate', '--data', data, '--source', file('latin1.txt', Buffer.from('caf\xe9\n', 'latin1'))],
      'kg: --source is not a text file (not UTF-8: byte 3 at line 1, column 4): ',
    ],
    [
      '--data that is missing',
      ['validate', '--data', join(dir, 'nothing')],
      `kg: --data folder not found: ${dir}/nothing`,
    ],
    [
      '--data that is a file',
      ['stats', '--data', textFile],
      `kg: --data is a file, not a folder: ${textFile}`,
    ],
    [
      '--data that cannot be read',
      ['gaps', '--data', loop],
      `kg: cannot read --data folder ${loop}: too many symbolic links (a link loop?)`,
    ],
  ])('%s', (_name, args, line) => {
    const run = runKg(...args);
    expect(run.stderr.trim().split('\n'), run.stderr).toHaveLength(1);
    expect(run.stderr).toContain(line);
    expect(run.status).toBe(2);
  });

  it('standard output on a full device: one line, exit 2', () => {
    const full = openSync('/dev/full', 'w');
    const run = spawnSync(process.execPath, [BUILT_CLI, 'gaps', '--data', data], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', full, 'pipe'],
    });
    closeSync(full);
    expect(run.stderr).toBe('kg: cannot write to standard output: no space left on the device\n');
    expect(run.status).toBe(2);
  });

  it('a reader that stops early (| head) is no error: nothing on stderr, exit 0', () => {
    const run = spawnSync(
      'bash',
      [
        '-c',
        `node "${BUILT_CLI}" export --format graphology 2>"${dir}/epipe.err" | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(spawnSync('cat', [`${dir}/epipe.err`], { encoding: 'utf8' }).stdout).toBe('');
    expect(run.stdout.trim()).toBe('0');
  });

  it.each([
    [
      'an alias bomb',
      {
        'groups.yaml':
          'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n',
      },
      'graph-data/groups.yaml error: YAML aliases expand too far',
    ],
    [
      'a YAML syntax error',
      { 'papers.yaml': VALID_FILES['papers.yaml']!.replace('  title: Hypoxia', '  title: "Hypoxia') },
      'graph-data/papers.yaml:3 error: YAML syntax: Missing closing "quote (column 61)',
    ],
  ])('bad graph-data (%s): one problem and the summary, exit 1, no stack trace', (_name, files, line) => {
    const run = runKg('validate', '--data', makeGraphData(files));
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringContaining(line),
      'invalid: 1 error(s), 0 warning(s); graph not built',
    ]);
    expect(run.status).toBe(1);
  });

  it('writes --out where it can, and says where', () => {
    mkdirSync(join(dir, 'out'), { recursive: true });
    const run = runKg(...exportTo(join(dir, 'out/g.json')));
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^wrote 8 entities and 2 relations to .*out\/g\.json\n$/);
  });
});
