import { parseArgs } from 'node:util';

export class CliError extends Error {}

export type Options = Record<string, string | undefined> & { data: string };

export interface CommandSpec {
  options: Record<string, 'string'>;
  /** Positional arguments the command takes (files), with how many; none by default. */
  positionals?: { name: string; min: number; max: number };
  run: (options: Options, positionals: string[]) => number | Promise<number>;
}

/** Parses `<command> [--option value]…`; throws CliError with a one-line reason on misuse. */
export const parseCli = (
  argv: string[],
  commands: Record<string, CommandSpec>,
): 'help' | { spec: CommandSpec; options: Options; positionals: string[] } => {
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
    const allowed = spec.positionals ?? { name: '', min: 0, max: 0 };
    if (positionals.length > allowed.max)
      throw new CliError(`unexpected argument "${positionals[allowed.max]}"`);
    if (positionals.length < allowed.min) throw new CliError(`${name} needs ${allowed.name}`);
    return { spec, options: { data: 'graph-data', ...(values as Record<string, string>) }, positionals };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError((error as Error).message.split('\n')[0] ?? 'invalid arguments');
  }
};
