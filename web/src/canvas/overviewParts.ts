/**
 * What the overview needs, in one chunk that loads only for a graph over the threshold: the folding,
 * its clusters as elements, and the structure worker's client. Most corpora never load it.
 */
export { clusterElements } from "../graph/clusterElements.ts";
export { overviewOf } from "../graph/overview.ts";
export { structureFor } from "../graph/structureWorker.ts";
