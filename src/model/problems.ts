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
