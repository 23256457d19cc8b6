#!/usr/bin/env tsx
import { runExport } from './commands/exportCommand';
import { runGaps } from './commands/gapsCommand';
import { runPositions } from './commands/positionsCommand';
import { runStats } from './commands/statsCommand';
import { runValidate } from './commands/validateCommand';
import { CliError, parseCli, type CommandSpec } from './args';
import { errnoCode, FileError, reasonFor } from './fileError';
import { guardStdout } from './stdout';

export const USAGE = `kg: the review's knowledge graph from graph-data/

Usage: npm run kg -- <command> [options]

Commands:
  validate [--source FILE]     check graph-data/; with --source, also check that every
                               quote occurs verbatim in FILE (plain text of the review)
  stats [--source FILE]        entities per type, relations per kind, evidence per level
                               and per section, references used and unused; with --source,
                               coverage per section (the references the text cites there
                               that no evidence of that section carries)
  export --format graphology [--out FILE]
                               the graph in graphology's serialization (stdout or FILE)
  positions --source FILE      compute graph-data/positions.yaml: where each quote stands in
                               the review (paragraph and sentence), from its plain text
  gaps [--rows TYPE] [--cols TYPE] [--format json|csv] [--rollup yes|no] [--out FILE]
                               the gap map (default strategy × disease, JSON): evidence items
                               per (row, column) cell, as in the app; empty cells omitted

Options for every command:
  --data DIR                   graph-data folder (default: ./graph-data)
  --help                       this text

Exit codes: 0 success, 1 invalid data, 2 misuse or a file that cannot be read or written,
3 a bug in kg (KG_DEBUG=1 prints its stack trace).`;

const COMMANDS: Record<string, CommandSpec> = {
  validate: { options: { source: 'string' }, run: runValidate },
  stats: { options: { source: 'string' }, run: runStats },
  positions: { options: { source: 'string' }, run: runPositions },
  export: { options: { format: 'string', out: 'string' }, run: runExport },
  gaps: {
    options: { rows: 'string', cols: 'string', format: 'string', out: 'string', rollup: 'string' },
    run: runGaps,
  },
};

const main = (argv: string[]): number => {
  try {
    const parsed = parseCli(argv, COMMANDS);
    if (parsed === 'help') {
      console.log(USAGE);
      return 0;
    }
    return parsed.spec.run(parsed.options);
  } catch (error) {
    if (error instanceof FileError) {
      console.error(`kg: ${error.message}`);
      return 2;
    }
    if (error instanceof CliError) {
      console.error(`kg: ${error.message} (see --help)`);
      return 2;
    }
    // A file-system failure no command anticipated is still one line naming the path.
    if (errnoCode(error)) {
      const { syscall, path } = error as NodeJS.ErrnoException;
      console.error(`kg: cannot ${syscall ?? 'use'} ${path ?? 'a file'}: ${reasonFor(error)}`);
      return 2;
    }
    console.error(`kg: internal error: ${(error as Error).message} (a bug in kg; KG_DEBUG=1 shows where)`);
    if (process.env.KG_DEBUG) console.error((error as Error).stack);
    return 3;
  }
};

guardStdout();
process.exitCode = main(process.argv.slice(2));
