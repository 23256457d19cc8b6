import { useDataset } from '../../dataset/DatasetContext';
import type { FoundPath, PathDirection } from '../../model/paths';
import { pathFacts, whyAfter } from '../../model/pathSearch/rankPaths';
import { PathStepView } from './PathStepView';

interface Props {
  path: FoundPath;
  index: number;
  previous: FoundPath | undefined;
  direction: PathDirection;
  active: boolean;
  onChoose: () => void;
}

/** One ranked path: a button to show it on the canvas, why it ranks where it does, and its steps. */
export const PathCard = ({ path, index, previous, direction, active, onChoose }: Props) => {
  const { graph, vocabulary } = useDataset();
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  const facts = pathFacts(path, vocabulary, label);
  const through = path.nodes.slice(1, -1).map(label);
  return (
    <li className={active ? 'path-item active' : 'path-item'}>
      <button
        type="button"
        className="path-choose"
        aria-pressed={active}
        aria-label={`Path ${index + 1}: ${facts[0]}, ${through.length > 0 ? `through ${through.join(', ')}` : 'a direct link'}; show it on the canvas`}
        onClick={onChoose}
      >
        Path {index + 1}: {facts[0]}
      </button>
      <p className={path.breaks === 0 ? 'path-facts' : 'path-facts path-broken'}>
        {facts.slice(1).join(' · ')}
      </p>
      <p className="path-why muted">
        {previous
          ? `After path ${index}: ${whyAfter(path, previous, direction, vocabulary)}.`
          : 'Ranked first by the rule above.'}
      </p>
      <ol className="path-steps">
        {path.steps.map((step) => (
          <PathStepView key={`${step.from}>${step.to}`} step={step} />
        ))}
      </ol>
    </li>
  );
};
