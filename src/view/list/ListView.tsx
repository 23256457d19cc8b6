import { EntityTable } from './EntityTable';
import { RelationTable } from './RelationTable';

/** The graph as two sortable tables, in step with the canvas: the keyboard and screen-reader way in. */
const ListView = () => (
  <section className="panel list-view" aria-labelledby="list-heading">
    <h2 id="list-heading" tabIndex={-1}>
      List view
    </h2>
    <p className="muted">
      The visible entities and relations as tables. Choosing a row selects it on the canvas and opens its
      details.
    </p>
    <button
      type="button"
      className="relation-link"
      onClick={() => document.querySelector<HTMLElement>('#relation-table tbody button')?.focus()}
    >
      Skip to the relations
    </button>
    <EntityTable />
    <RelationTable />
  </section>
);

export default ListView;
