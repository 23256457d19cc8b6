import { formatProblem, type Problem } from '../model/problems';

/**
 * Prints errors one per line; warnings too, except that a warning shared by many
 * records ("reference is cited by no evidence") is folded into one line listing them.
 */
export const printProblems = (problems: readonly Problem[]): void => {
  for (const p of problems.filter((p) => p.severity === 'error')) console.error(formatProblem(p));
  const byMessage = new Map<string, Problem[]>();
  for (const p of problems.filter((p) => p.severity === 'warning')) {
    byMessage.set(`${p.file}\u0000${p.message}`, [
      ...(byMessage.get(`${p.file}\u0000${p.message}`) ?? []),
      p,
    ]);
  }
  for (const group of byMessage.values()) {
    const message = group[0]!.message;
    if (group.length < 5) group.forEach((p) => console.log(formatProblem(p)));
    else
      console.log(
        `${group[0]!.file} warning: ${message}: ${group.length} records (${group.map((p) => p.id).join(', ')})`,
      );
  }
};
