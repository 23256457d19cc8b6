import { parseArgs } from 'node:util';

export class CliError extends Error {}

export type Options = Record<string, string | undefined> & { data: string };

export interface CommandSpec {
  options: Record<string, 'string'>;
  run: (options: Options) => number;
}

/** Parses `<command> [--option value]…`; throws CliError with a one-line reason on misuse. */
export const parseCli = (
  argv: string[],
  commands: Record<string, CommandSpec>,
): 'help' | { spec: CommandSpec; options: Options } => {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') return 'help';
  const spec = commands[name];
  if (!spec)
    throw new CliError(`unknown command "${name}"; expected one of ${Object.keys(commands).join(', ')}`);
  if (rest.includes('--help') || rest.includes('-h')) return 'help';
  const options = Object.fromEntries(
    Object.entries({ ...spec.options, data: 'string' }).map(([key, type]) => [key, { type }]),
  ) as Record<string, { type: 'string' }>;
  try {
    const { values, positionals } = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
    if (positionals.length > 0) throw new CliError(`unexpected argument "${positionals[0]}"`);
    return { spec, options: { data: 'graph-data', ...(values as Record<string, string>) } };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError((error as Error).message.split('\n')[0] ?? 'invalid arguments');
  }
};
