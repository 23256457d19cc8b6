import { parseArgs } from 'node:util';

export class CliError extends Error {}

export type Options = Record<string, string | undefined> & { data: string };

export interface CommandSpec {
  options: Record<string, 'string' | 'boolean'>;
  /** How many plain arguments the command takes (`kg compare A B [C]`), none by default. */
  positionals?: { min: number; max: number; name: string };
  run: (options: Options, args: string[]) => number;
}

/** Parses `<command> [--option value]…`; throws CliError with a one-line reason on misuse. */
export const parseCli = (
  argv: string[],
  commands: Record<string, CommandSpec>,
): 'help' | { spec: CommandSpec; options: Options; args: string[] } => {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') return 'help';
  const spec = commands[name];
  if (!spec)
    throw new CliError(`unknown command "${name}"; expected one of ${Object.keys(commands).join(', ')}`);
  if (rest.includes('--help') || rest.includes('-h')) return 'help';
  const options = Object.fromEntries(
    Object.entries({ ...spec.options, data: 'string' }).map(([key, type]) => [key, { type }]),
  ) as Record<string, { type: 'string' | 'boolean' }>;
  try {
    const { values, positionals } = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
    const allowed = spec.positionals;
    if (!allowed && positionals.length > 0) throw new CliError(`unexpected argument "${positionals[0]}"`);
    if (allowed && (positionals.length < allowed.min || positionals.length > allowed.max))
      throw new CliError(
        `${name} takes ${allowed.min === allowed.max ? allowed.min : `${allowed.min} to ${allowed.max}`} ${allowed.name}, not ${positionals.length}`,
      );
    // A flag (`--empty`) arrives as the string "true", so every option reads as text.
    const text = Object.fromEntries(Object.entries(values).map(([k, x]) => [k, String(x)]));
    return { spec, options: { data: 'graph-data', ...text }, args: positionals };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError((error as Error).message.split('\n')[0] ?? 'invalid arguments');
  }
};
