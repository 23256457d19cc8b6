import { useRef } from 'react';
import { useImportSessionApi } from '../../state/import/importSession';
import { openPickedFiles } from '../../state/import/openPickedFiles';

/** The extensions the readers know (src/formats); any file can still be chosen ("All files"). */
export const GRAPH_FILE_TYPES = '.json,.cyjs,.graphml,.gexf,.csv,.tsv,.txt,.xml';

/** "Open a graph…": a file picker for one graph file, or a CSV node table and edge table. */
export const OpenGraphButton = () => {
  const session = useImportSessionApi();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="toolbar-button"
        title="Open a graph file: our JSON, graphology, JGF, Cytoscape (.cyjs), GraphML, GEXF or CSV (you can also drop it on the page)"
        onClick={() => input.current?.click()}
      >
        Open a graph…
      </button>
      <input
        ref={input}
        type="file"
        hidden
        multiple
        accept={GRAPH_FILE_TYPES}
        aria-label="Graph file to open"
        onChange={(event) => {
          const files = event.currentTarget.files;
          if (files) void openPickedFiles(session, [...files]);
          event.currentTarget.value = '';
        }}
      />
    </>
  );
};
