import Graph from 'graphology';
import { makeDataset, type Dataset } from '../../src/dataset/dataset';
import type { EntityAttributes, EvidenceItem, GraphAttributes, KnowledgeGraph } from '../../src/model/types';
import type { DatasetSchema } from '../../src/model/vocabulary/datasetSchema';
import { reviewSchema } from './schemas';

/** An empty knowledge graph (with the review's schema, unless given another) and helpers to add to it tersely. */
export const graphBuilder = (
  groups: GraphAttributes['groups'] = {},
  schema: DatasetSchema = reviewSchema(),
) => {
  const g: KnowledgeGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  g.replaceAttributes({ title: 't', citation: 'c', doi: '10.1/x', groups, schema });
  const node = (id: string, attrs: Partial<EntityAttributes> = {}) =>
    g.addNode(id, {
      type: id.split('/')[0] as EntityAttributes['type'],
      label: id.split('/')[1]!,
      aliases: [],
      description: '',
      warnings: [],
      ...attrs,
    });
  const edge = (
    from: string,
    relation: string,
    to: string,
    evidence: Partial<EvidenceItem>[],
    defaults: Partial<EvidenceItem> = {},
  ) =>
    g.addDirectedEdgeWithKey(`${from}--${relation}--${to}`, from, to, {
      relation,
      evidence: evidence.map(
        (e) =>
          ({
            quote: 'q',
            section: '2.2',
            refs: [1],
            level: 'review',
            certainty: 'stated',
            ...defaults,
            ...e,
          }) as EvidenceItem,
      ),
    });
  return { g, node, edge };
};

/** A small hand-made graph for pure-function tests. */
export const tinyGraph = (): KnowledgeGraph => {
  const { g, node, edge } = graphBuilder();
  node('therapy/msc', { group: 'cells', label: 'MSCs' });
  node('therapy/bm-msc', { group: 'cells', broader: 'therapy/msc', label: 'BM-MSCs' });
  node('therapy/exo', { group: 'vesicles', label: 'Exosomes' });
  node('strategy/hypoxia', { family: 'preconditioning', label: 'Hypoxia' });
  node('factor/vegf', { label: 'VEGF', aliases: ['vascular endothelial growth factor'] });
  node('mechanism/angiogenesis', { label: 'Angiogenesis' });
  node('disease/mi', { label: 'Myocardial infarction', group: 'heart' });
  node('disease/stroke', { label: 'Stroke' });
  node('cell_source/marrow', { label: 'Bone marrow' });
  node('paper/1', { label: 'A 2020 [1]', ref: 1, pmid_trusted: true, title: 'T1', authors: 'A' });
  edge('cell_source/marrow', 'source_of', 'therapy/bm-msc', [{ section: '2.1' }]);
  edge('strategy/hypoxia', 'increases', 'factor/vegf', [
    { level: 'animal', quote: 'hyp-vegf', involves: ['therapy/msc', 'disease/mi'] },
  ]);
  edge('factor/vegf', 'acts_through', 'mechanism/angiogenesis', [{ level: 'in_vitro', quote: 'vegf-angio' }]);
  edge('therapy/bm-msc', 'improves', 'disease/mi', [
    { level: 'clinical', section: 'Table 1', quote: 'row', outcome: 'positive' },
    { level: 'animal', section: '2.3.1', quote: 'mouse' },
  ]);
  edge('therapy/exo', 'improves', 'disease/stroke', [
    { level: 'animal', section: 'Table 2', quote: 'exo-stroke' },
  ]);
  edge('mechanism/angiogenesis', 'involved_in', 'disease/mi', [
    { level: 'review', section: '3.2', quote: 'angio-mi' },
  ]);
  return g;
};

/** The small graph as a dataset (no stored positions, no stories), for store and codec tests. */
export const tinyDataset = (): Dataset => makeDataset(tinyGraph(), {}, []);
