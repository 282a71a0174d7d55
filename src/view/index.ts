// The explorer's library surface: RDF → display data, layout, and writing the page into an output folder.

export { graphDataFromQuads, graphDataFromTable } from './data.ts';
export { buildDisplayGraph, type DisplayGraph, type DisplayNode, type DisplayEdge } from './graph.ts';
export { layout, withPositions, DEFAULT_LAYOUT, type LayoutOptions, type LayoutResult, type Positions } from './layout.ts';
export { writeExplorer, writeExplorerData, explorerDataJson, DATA_FILE } from './write.ts';
export { explorerBundle } from './bundle.ts';
export { startServer, CONTENT_SECURITY_POLICY, type ServeOptions } from './server.ts';
export * from './types.ts';
