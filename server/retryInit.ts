/**
 * A store whose init() failed at start (Neo4j down) is retried on the next call instead of being given up
 * on: until it succeeds every call fails with StoreUnavailableError (→ 503), and once the database is
 * back the first request initialises it and the server carries on.
 */
import { type GraphStore, StoreUnavailableError } from "../model/store.ts";

const PASS_THROUGH = new Set<PropertyKey>(["kind", "init", "close"]);

export function retryInitOnUse(store: GraphStore, initialised: boolean): GraphStore {
  let ready: Promise<void> | null = initialised ? Promise.resolve() : null;
  const ensureReady = () => {
    ready ??= store.init().catch((err: unknown) => {
      ready = null;
      throw err instanceof StoreUnavailableError
        ? err
        : new StoreUnavailableError(err instanceof Error ? err.message : String(err), { cause: err });
    });
    return ready;
  };
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (PASS_THROUGH.has(prop) || typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        await ensureReady();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
