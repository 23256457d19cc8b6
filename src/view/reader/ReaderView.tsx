import { useEffect, useMemo, useRef } from 'react';
import { useGraph } from '../../dataset/DatasetContext';
import { readerOutline } from '../../model/reader/readerOutline';
import { useViewStore } from '../../state/store';
import { ReaderStatementView } from './ReaderStatementView';

const percent = (a: number, b: number) => (b === 0 ? '—' : `${Math.round((100 * a) / b)}%`);

/**
 * The review as the graph holds it: every section in order with its coverage, its paragraphs, and
 * in each the statements in reading order; a sentence no statement covers is marked as a gap (the
 * review's text is never shipped). Opened at a statement ("read in context"), it scrolls there and
 * marks that paragraph.
 */
const ReaderView = () => {
  const graph = useGraph();
  const reading = useViewStore((s) => s.reading);
  const sections = useMemo(() => readerOutline(graph), [graph]);
  const anchor = useRef<HTMLLIElement>(null);
  useEffect(() => {
    anchor.current?.scrollIntoView({ block: 'center' });
  }, [reading]);
  const encoded = sections.reduce((n, s) => n + s.encoded, 0);
  const total = sections.reduce((n, s) => n + s.total, 0);
  return (
    <section className="reader-view" aria-label="Reader view">
      <h2>Reader</h2>
      {total === 0 ? (
        <p>This dataset stores no outline of its source, so there is nothing to read in order.</p>
      ) : (
        <p className="muted">
          The graph encodes {encoded} of the {total} sentences of the source ({percent(encoded, total)}).
          Sentences it does not encode are marked, not shown.
        </p>
      )}
      <nav aria-label="Sections">
        <ol className="reader-coverage">
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#read-${s.id}`}>{s.title}</a>{' '}
              <span className="muted">
                {s.encoded}/{s.total} sentences encoded ({percent(s.encoded, s.total)})
              </span>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map((section) => (
        <section
          key={section.id}
          id={`read-${section.id}`}
          aria-label={section.title}
          className="reader-section"
        >
          <h3>
            {section.title}{' '}
            <small className="muted">
              coverage {section.encoded}/{section.total}
            </small>
          </h3>
          {section.paragraphs.map((para) => (
            <div
              key={para.p}
              className={reading?.p === para.p ? 'reader-paragraph current' : 'reader-paragraph'}
              aria-label={`Paragraph ${para.p}`}
            >
              <ol>
                {para.sentences.map((sentence) => {
                  const here = reading?.p === para.p && reading.s === sentence.s;
                  return (
                    <li
                      key={sentence.s}
                      ref={here ? anchor : undefined}
                      className={here ? 'reader-sentence here' : 'reader-sentence'}
                      aria-current={here ? 'location' : undefined}
                    >
                      {sentence.statements.map((st) => (
                        <ReaderStatementView key={st.key} statement={st} />
                      ))}
                      {!sentence.encoded && (
                        <span className="reader-gap muted">
                          Paragraph {para.p}, sentence {sentence.s}: not encoded in the graph.
                        </span>
                      )}
                    </li>
                  );
                })}
              </ol>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
};

export default ReaderView;
