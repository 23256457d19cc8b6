#!/usr/bin/env tsx
import { runExport } from './commands/exportCommand';
import { runGaps } from './commands/gapsCommand';
import { runImport } from './commands/importCommand';
import { runPositions } from './commands/positionsCommand';
import { runQuiz } from './commands/quizCommand';
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
  export --format F [--out FILE]
                               the graph, with the default layout and the stories, in format F:
                                 json        our bundle, lossless (schema, graph, positions, stories)
                                 graphology  graphology's serialization, as kg has always written it
                                 jgf         JSON Graph Format v2, evidence in edge metadata
                                 cyjs        Cytoscape desktop / Cytoscape.js, NDEx names, evidence
                                             as list columns and evidence_json
                                 gexf        GEXF 1.3 (Gephi), flat attributes and evidence_json
                                 graphml     GraphML (yEd, NetworkX), the same, and schema_json
                                 csv         nodes and edges tables (Gephi, spreadsheets): --out PREFIX
                                             writes PREFIX.nodes.csv and PREFIX.edges.csv; without
                                             --out both go to stdout, each after a line "# nodes.csv"
                                             or "# edges.csv" (kg import reads that back)
                                 bel         BEL statements, one per evidence item (INDRA, PyBEL, NDEx)
  import FILE [FILE2] [--format F]
                               read a graph file (json, graphology, jgf, cyjs, graphml, gexf,
                               csv; detected from its content) as the app opens it and print the
                               import report as JSON: { format, nodes, edges, dropped, problems,
                               mapped, merged, read, file }; FILE2: a CSV edge table beside the
                               node table FILE
  positions --source FILE      compute graph-data/positions.yaml: where each quote stands in
                               the review (paragraph and sentence), from its plain text
  gaps [--rows TYPE] [--cols TYPE] [--format json|csv] [--rollup yes|no] [--out FILE]
                               the gap map (default strategy × disease, JSON): evidence items
                               per (row, column) cell, as in the app; empty cells omitted
  quiz [--story ID] [--count N] --format gift|json [--out FILE]
                               questions generated from the graph (with --story, about that
                               story, its own quiz steps first; N defaults to 10), as Moodle
                               GIFT or as JSON with the quotes and references deciding each

Options for every command:
  --data DIR                   graph-data folder (default: ./graph-data)
  --help                       this text

Exit codes: 0 success, 1 invalid data or a graph file that cannot be read (import), 2 misuse
or a file that cannot be read or written, 3 a bug in kg (KG_DEBUG=1 prints its stack trace).`;

const COMMANDS: Record<string, CommandSpec> = {
  validate: { options: { source: 'string' }, run: runValidate },
  stats: { options: { source: 'string' }, run: runStats },
  positions: { options: { source: 'string' }, run: runPositions },
  export: { options: { format: 'string', out: 'string' }, run: runExport },
  import: {
    options: { format: 'string' },
    positionals: { name: 'a FILE to read', min: 1, max: 2 },
    run: runImport,
  },
  quiz: { options: { story: 'string', count: 'string', format: 'string', out: 'string' }, run: runQuiz },
  gaps: {
    options: { rows: 'string', cols: 'string', format: 'string', out: 'string', rollup: 'string' },
    run: runGaps,
  },
};

const main = async (argv: string[]): Promise<number> => {
  try {
    const parsed = parseCli(argv, COMMANDS);
    if (parsed === 'help') {
      console.log(USAGE);
      return 0;
    }
    return await parsed.spec.run(parsed.options, parsed.positionals);
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
process.exitCode = await main(process.argv.slice(2));
