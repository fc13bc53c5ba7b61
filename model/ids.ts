/** Branded ids, so a node id is never passed where an article id is expected. */

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type NodeId = Brand<string, "NodeId">;
export type EdgeId = Brand<string, "EdgeId">;
export type ArticleId = Brand<string, "ArticleId">;

export const nodeId = (raw: string) => raw as NodeId;
export const edgeId = (raw: string) => raw as EdgeId;
export const articleId = (raw: string) => raw as ArticleId;

/** Article nodes live in the same id space as every other node. */
export const articleNodeId = (id: ArticleId) => nodeId(`article:${id}`);
export const articleIdOfNode = (id: NodeId) =>
  id.startsWith("article:") ? articleId(id.slice("article:".length)) : null;
