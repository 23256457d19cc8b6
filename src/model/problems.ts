/** A finding about graph-data, located as precisely as the parser allows. */
export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  /** The record concerned: an entity id, `paper/N`, or an edge key. */
  id?: string;
  message: string;
}

export const formatProblem = (p: Problem): string =>
  `${p.file}${p.line ? `:${p.line}` : ''}${p.id ? ` [${p.id}]` : ''} ${p.severity}: ${p.message}`;

export const errorsOf = (problems: readonly Problem[]): Problem[] =>
  problems.filter((p) => p.severity === 'error');
export const warningsOf = (problems: readonly Problem[]): Problem[] =>
  problems.filter((p) => p.severity === 'warning');

/** Thrown when graph-data cannot be turned into a graph; carries every problem at once. */
export class GraphDataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `graph-data is invalid (${errorsOf(problems).length} error(s)):\n` +
        errorsOf(problems).map(formatProblem).join('\n'),
    );
    this.name = 'GraphDataError';
  }
}
