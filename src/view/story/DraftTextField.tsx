import { useState } from 'react';
import { isPlaceholder } from '../../io/draftRepair';
import './draftFields.css';

/** What is wrong with a required text of a draft, as the story schema sees it. */
export const requiredTextProblem = (text: string, what: string): string | undefined =>
  text.trim() === '' ? `${what} cannot be empty: this change is not saved until you write one.` : undefined;

interface Props {
  label: string;
  /** The saved value (the draft in the store). */
  value: string;
  /** Called with every value the schema accepts; an empty required text is shown, never committed. */
  onCommit: (value: string) => void;
  /** "A title": names the text in the message when it is left empty. Omit for optional texts. */
  required?: string;
  rows?: number;
}

/**
 * A text field of the story editor that never hands the store (and so browser storage) a value the
 * story schema would reject: an emptied title or caption stays on screen with a message, and the last
 * valid value stays saved. A repair placeholder still in place is pointed out.
 */
export const DraftTextField = ({ label, value, onCommit, required, rows }: Props) => {
  // What the reader typed that could not be committed, for the value it was typed over.
  const [pending, setPending] = useState<{ over: string; text: string } | null>(null);
  const text = pending && pending.over === value ? pending.text : value;
  const problem = required ? requiredTextProblem(text, required) : undefined;
  const hint = !problem && isPlaceholder(text) ? 'Replace this placeholder with your own words.' : undefined;
  const change = (next: string) => {
    if (required && requiredTextProblem(next, required)) {
      setPending({ over: value, text: next });
      return;
    }
    setPending(null);
    onCommit(next);
  };
  const common = {
    value: text,
    'aria-invalid': problem ? true : undefined,
    onChange: (e: { target: { value: string } }) => change(e.target.value),
  };
  return (
    <label className="field">
      {label}
      {rows ? <textarea rows={rows} {...common} /> : <input {...common} />}
      {(problem ?? hint) && (
        <span className="field-problem" role={problem ? 'alert' : undefined}>
          {problem ?? hint}
        </span>
      )}
    </label>
  );
};
