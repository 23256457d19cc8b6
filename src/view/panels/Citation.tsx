import { useGraph } from '../../dataset/DatasetContext';
import { citationLinks, formatCitation } from '../../model/citation';
import { referenceId } from '../../model/vocabOf';

/** One reference in full, with links only where the identifier can be trusted. */
export const Citation = ({ number }: { number: number }) => {
  const graph = useGraph();
  const id = referenceId(graph, number);
  if (!graph.hasNode(id)) return <li className="citation missing">[{number}] not in the reference list</li>;
  const paper = graph.getNodeAttributes(id);
  return (
    <li className="citation" value={number}>
      <span className="citation-text">{formatCitation(paper)}</span>{' '}
      {citationLinks(paper).map((link) => (
        <a key={link.href} href={link.href} target="_blank" rel="noreferrer" className={`link-${link.kind}`}>
          {link.label}
        </a>
      ))}
      {paper.pmid && !paper.pmid_trusted && (
        <span className="badge badge-warn"> PMID {paper.pmid} as printed is doubtful</span>
      )}
      {paper.warnings.map((w) => (
        <p key={w} className="warning" role="note">
          ⚠ {w}
        </p>
      ))}
    </li>
  );
};
