import type { AxisLine } from '../../model/gaps/axisLines';

interface Props {
  line: AxisLine;
  axis: 'row' | 'col';
  highlighted: boolean;
  onToggle: (id: string) => void;
}

/**
 * A row or column header: the full name on hover (title) and on focus (its button's label), an
 * open/close control for groups and entities with narrower ones, and the count it folds.
 */
export const GapLineHeader = ({ line, axis, highlighted, onToggle }: Props) => {
  const { node } = line;
  const folded =
    line.hasChildren && !line.expanded ? node.members.length - (node.kind === 'entity' ? 1 : 0) : 0;
  const name = `${node.label}${node.kind === 'group' ? ' (group)' : ''}${folded ? `, ${folded} folded in` : ''}`;
  const content = (
    <span className="gap-line-name" data-full={node.label}>
      {line.hasChildren && <span aria-hidden="true">{line.expanded ? '▾ ' : '▸ '}</span>}
      {node.label}
      {folded > 0 && <small> +{folded}</small>}
    </span>
  );
  return (
    <th
      scope={axis === 'row' ? 'row' : 'col'}
      className={`gap-${axis}-head depth-${line.depth}${node.kind === 'group' ? ' group' : ''}${highlighted ? ' highlighted' : ''}`}
      title={node.label}
      aria-label={node.label}
    >
      {line.hasChildren ? (
        <button
          type="button"
          className="gap-toggle"
          aria-expanded={line.expanded}
          aria-label={`${line.expanded ? 'Close' : 'Open'} ${name}`}
          title={node.label}
          onClick={() => onToggle(node.id)}
        >
          {content}
        </button>
      ) : (
        <span tabIndex={0} className="gap-focusable" aria-label={node.label}>
          {content}
        </span>
      )}
    </th>
  );
};
