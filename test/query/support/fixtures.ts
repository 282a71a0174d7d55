// Paths of the query fixtures: a hand-written graph in the graph model's shape and its ontology slice.
import { fileURLToPath } from 'node:url';
import type { GraphSource } from '../../../src/query/index.ts';

export const MINI = fileURLToPath(new URL('../../fixtures/graph/mini.ttl', import.meta.url));
export const MINI_ONTOLOGY = fileURLToPath(new URL('../../fixtures/graph/ontology.ttl', import.meta.url));
/** The fixture graph with its ontology, independent of the project's ontology/ folder. */
export const MINI_SOURCE: GraphSource = { files: [MINI, MINI_ONTOLOGY], ontology: false };
export const ENT = 'https://w3id.org/sahel-kg/id/entity/';
