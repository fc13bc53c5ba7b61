/** What every route module receives: the store and the services built around it. */
import type { ConsoleLimits } from "../../model/cypherConsole.ts";
import type { GraphStore } from "../../model/store.ts";
import type { Ingestor } from "../ingest.ts";

export interface RouteContext {
  store: GraphStore;
  ingestor: Ingestor;
  /** The Cypher console's timeout and row limit. */
  consoleLimits: ConsoleLimits;
}
