/**
 * The read statements that answer in the database: search through the fulltext index, ego networks,
 * k paths, the people view, stats from the count store, the timeline. Each returns only what its answer
 * needs. Values travel as `$parameters`; a variable-length bound cannot be one, so the path statements
 * come in fixed maps of literal statements by length. neo4j/cypher.test.ts lints every export here too.
 *
 * The review filter (curation/rules.ts) is spelled once below as two predicates, so "rejected is hidden"
 * and "confirmed only" mean in Cypher what they mean in the embedded store.
 */
import { EDGE_KINDS, NODE_KINDS } from "../../../model/kinds.ts";

// ── Schema (init) ────────────────────────────────────────────────────────────

/** The name index: `searchTerms` holds our normalised terms, so the analyzer only splits on spaces. */
export const READ_SCHEMA_STATEMENTS = [
  "CREATE FULLTEXT INDEX node_search IF NOT EXISTS FOR (n:Node) ON EACH [n.searchTerms] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
] as const;

/** Nodes written before `searchTerms` existed (by an older version): filled once at start. */
export const NODES_MISSING_SEARCH_TERMS = `
MATCH (n:Node)
WHERE n.searchTerms IS NULL
WITH n LIMIT $batchSize
RETURN n {.id, .nameAr, .nameEn, .aliases} AS props`;

export const WRITE_SEARCH_TERMS = `
UNWIND $rows AS row
MATCH (n:Node {id: row.id})
SET n.searchTerms = row.terms
RETURN count(n) AS written`;

// ── The review filter ────────────────────────────────────────────────────────

/** nodeShown: events under confirmedOnly must be vouched for; else only rejected facts hide. */
const shown = (n: string) => `(CASE WHEN ${n}.kind = 'Event' AND $confirmedOnly
    THEN coalesce(${n}.reviewStatus, '') IN ['confirmed', 'edited']
    ELSE $includeRejected OR coalesce(${n}.reviewStatus, '') <> 'rejected' END)`;

/** edgeShown: only participations and offices carry a review; catalog offices stand under confirmedOnly. */
const edgeShown = (r: string) => `(CASE
    WHEN type(${r}) = 'HOLDS_OFFICE' AND $confirmedOnly
      THEN coalesce(${r}.reviewStatus, '') IN ['confirmed', 'edited'] OR coalesce(${r}.origin, '') = 'catalog'
    WHEN type(${r}) IN ['PARTICIPATED_IN', 'HOLDS_OFFICE']
      THEN ($includeRejected AND NOT $confirmedOnly) OR coalesce(${r}.reviewStatus, '') <> 'rejected'
    ELSE true END)`;

// ── Search ───────────────────────────────────────────────────────────────────

/**
 * The best `$limit` visible nodes for a Lucene query over the name index, ranked by Lucene's BM25 times
 * the kind boost (search/score.ts), ties by id, each with the first quote of one mention (else of one
 * report) for the snippet: the first the database finds, not sorted, since a leader has thousands.
 * `$pool` bounds how many index hits are looked at.
 */
export const SEARCH_NAMES = `
CALL db.index.fulltext.queryNodes('node_search', $query, {limit: $pool})
YIELD node, score
WHERE ($kinds IS NULL OR node.kind IN $kinds) AND coalesce(node.reviewStatus, '') <> 'rejected'
WITH node, score * coalesce($boosts[node.kind], 1.0) AS ranked
ORDER BY ranked DESC, node.id
LIMIT $limit
RETURN node {.id, .kind, .nameAr, .nameEn, .aliases} AS props, ranked AS score,
  COLLECT {
    MATCH (:Node)-[m:MENTIONS]->(node)
    WHERE size(m.evidence) > 0
    WITH m LIMIT 1
    RETURN m.evidence[0] AS quote
  } + COLLECT {
    MATCH (node)-[r:REPORTED_IN]->(:Node)
    WHERE size(r.evidence) > 0
    WITH r LIMIT 1
    RETURN r.evidence[0] AS quote
  } AS quotes`;

// ── Neighbourhood ────────────────────────────────────────────────────────────

/** The relationship types of the events graph and of the ties, as literal pattern types. */
const EVENT_TYPES_PATTERN = "PARTICIPATED_IN|HELD_IN|DISCUSSED|HOLDS_OFFICE|LOCATED_IN";
const TIE_TYPES_PATTERN = "MET|SPOKE_WITH";

/**
 * The ego network of `$id` up to `$depth` (1–3) hops over the walkable types, in rings: each ring holds
 * the visible nodes first reached at that distance. Hubs (more than `$hubDegree` events-graph
 * relationships, a count Neo4j keeps per node and type) are reached but not walked through beyond the
 * centre; `cut` says one was met. Returns the first `$limit`
 * nodes of the kind filter by distance then id, and the totals over the whole ball.
 */
export const NEIGHBOURHOOD = `
MATCH (c:Node {id: $id})
WHERE ${shown("c")}
WITH c, CASE WHEN $withArticles OR c.kind = 'Article' THEN $types + ['MENTIONS', 'REPORTED_IN'] ELSE $types END AS walk
WITH c, walk, COLLECT {
    MATCH (c)-[r]-(m:Node)
    WHERE type(r) IN walk AND m <> c AND ${edgeShown("r")} AND ${shown("m")}
    RETURN DISTINCT m
  } AS ring1
WITH c, walk, ring1, COLLECT {
    UNWIND CASE WHEN $depth >= 2 THEN ring1 ELSE [] END AS n
    WITH n WHERE COUNT { (n)-[:${EVENT_TYPES_PATTERN}]-() } <= $hubDegree
    MATCH (n)-[r]-(m:Node)
    WHERE type(r) IN walk AND m <> c AND NOT m IN ring1 AND ${edgeShown("r")} AND ${shown("m")}
    RETURN DISTINCT m
  } AS ring2
WITH c, walk, ring1, ring2, COLLECT {
    UNWIND CASE WHEN $depth >= 3 THEN ring2 ELSE [] END AS n
    WITH n WHERE COUNT { (n)-[:${EVENT_TYPES_PATTERN}]-() } <= $hubDegree
    MATCH (n)-[r]-(m:Node)
    WHERE type(r) IN walk AND m <> c AND NOT m IN ring1 AND NOT m IN ring2 AND ${edgeShown("r")} AND ${shown("m")}
    RETURN DISTINCT m
  } AS ring3
WITH walk,
  [{n: c, d: 0}]
    + [n IN ring1 WHERE $kinds IS NULL OR n.kind IN $kinds | {n: n, d: 1}]
    + [n IN ring2 WHERE $kinds IS NULL OR n.kind IN $kinds | {n: n, d: 2}]
    + [n IN ring3 WHERE $kinds IS NULL OR n.kind IN $kinds | {n: n, d: 3}] AS ball,
  COUNT {
    UNWIND (CASE WHEN $depth >= 2 THEN ring1 ELSE [] END) + (CASE WHEN $depth >= 3 THEN ring2 ELSE [] END) AS n
    WITH n WHERE COUNT { (n)-[:${EVENT_TYPES_PATTERN}]-() } > $hubDegree
    RETURN n
  } > 0 AS cut
WITH walk, ball, cut, [hit IN ball | hit.n] AS members
RETURN size(ball) AS totalNodes, cut,
  COUNT {
    UNWIND members AS a
    MATCH (a)-[r]->(b:Node)
    WHERE type(r) IN walk AND b IN members AND ${edgeShown("r")}
    RETURN r
  } AS totalEdges,
  COLLECT {
    UNWIND ball AS hit
    WITH hit.n AS n, hit.d AS d
    ORDER BY d, n.id
    LIMIT $limit
    RETURN n {.*} AS node
  } AS nodes`;

/** The visible relationships of some types among a set of nodes, evidence included. */
export const EDGES_AMONG_SHOWN = `
UNWIND $ids AS id
MATCH (a:Node {id: id})-[r]->(b:Node)
WHERE type(r) IN $types AND b.id IN $ids AND ${edgeShown("r")}
RETURN r {.*} AS props, a.id AS source, b.id AS target`;

// ── Node details ─────────────────────────────────────────────────────────────

/**
 * What an answer shows of a node it only names (a tie's other person, an office's country, a
 * participant, a place, a topic, an article): a NodeRef, not the whole record with its aliases and terms.
 * Events are shown whole, so a node's events come with every field.
 */
const shownAs = (m: string) =>
  `CASE WHEN ${m}.kind = 'Event' THEN ${m} {.*} ELSE ${m} {.id, .kind, .nameAr, .nameEn} END`;

/**
 * A shown node (none when it is hidden or absent) and, in one list, its shown relationships with the
 * shown node at the other end (shownAs). Only the quotes the details show come back: an office's and a
 * stored tie's first `$quotes` (in stored order, as the embedded store cuts them), with `evidenceTotal`,
 * the size of the whole list; the others none (mentions are paged by NODE_MENTIONS_PAGE; events' quotes
 * come with NODE_EVENT_CONTEXT, which brings this node's participations again). Under confirmedOnly the
 * stored ties stay out: the app recounts them from the vouched-for events.
 */
export const NODE_DETAILS_AROUND = `
MATCH (n:Node {id: $id})
WHERE ${shown("n")}
RETURN n {.*} AS node, COLLECT {
    MATCH (n)-[r]-(m:Node)
    WHERE ${edgeShown("r")} AND ${shown("m")}
      AND NOT ($confirmedOnly AND type(r) IN ['MET', 'SPOKE_WITH'])
    RETURN {
      other: ${shownAs("m")},
      props: r {.*, evidence: CASE WHEN type(r) IN ['HOLDS_OFFICE', 'MET', 'SPOKE_WITH']
        THEN coalesce(r.evidence, [])[..$quotes] ELSE [] END},
      evidenceTotal: size(coalesce(r.evidence, [])),
      source: startNode(r).id,
      target: endNode(r).id
    } AS rel
  } AS rels`;

/** Each stored evidence string (`raw`) of relationship `r`, with its index `i` in the list. */
const evidenceOf = (r: string) => `UNWIND range(0, size(coalesce(${r}.evidence, [])) - 1) AS i
    WITH i, ${r}.evidence[i] AS raw`;

/** The span key of a stored evidence string (see SPANS_IN_ORDER). */
const SPAN = `split(raw, ',"quote":')[0]`;

/**
 * Stored evidence strings (`raw`, at index `i`) in the embedded store's order (article id, start, end:
 * memory/merge.ts byProvenance), each span once. neo4j/evidence.ts writes the keys in a fixed order
 * (articleId, start, end, quote, …), so the text before `,"quote":` is the span's key and the sort keys
 * can be read off it. A list may hold one span twice (a sentence naming the node twice): as
 * memory/merge.ts unionEvidence, the later copy is the one kept. The caller adds SKIP / LIMIT and RETURN.
 */
const SPANS_IN_ORDER = `WITH i, raw, ${SPAN} AS span
    WITH span, max(i) AS last, collect({i: i, raw: raw}) AS copies
    WITH [c IN copies WHERE c.i = last][0].raw AS raw, split(span, '","start":') AS head
    WITH raw, substring(head[0], 14) AS article, toInteger(split(head[1], ',')[0]) AS spanStart,
      toInteger(split(head[1], ',"end":')[1]) AS spanEnd
    ORDER BY article, spanStart, spanEnd`;

/**
 * What the summaries of some events show: their shown participations, places, topics and reports, with
 * the node at the other end (shownAs), and only the quotes a summary shows. A report brings its first
 * `$quotes` sentences in the embedded store's order, so the event's first `$quotes` (of the union of its
 * reports, in that order) are among them, and `eventQuotes` counts the event's distinct report
 * sentences. A participation brings its quotes under confirmedOnly only, where the app recounts ties
 * from them; places and topics never (no summary shows them).
 */
export const NODE_EVENT_CONTEXT = `
UNWIND $ids AS id
MATCH (e:Node {id: id})
WITH e, COUNT {
    MATCH (e)-[q:REPORTED_IN]->(a:Node)
    WHERE ${shown("a")}
    ${evidenceOf("q")}
    RETURN DISTINCT ${SPAN} AS span
  } AS eventQuotes
MATCH (e)-[r:PARTICIPATED_IN|HELD_IN|DISCUSSED|REPORTED_IN]-(m:Node)
WHERE ${edgeShown("r")} AND ${shown("m")}
RETURN ${shownAs("m")} AS other,
  r {.*, evidence: CASE type(r)
    WHEN 'REPORTED_IN' THEN COLLECT {
      ${evidenceOf("r")}
      ${SPANS_IN_ORDER}
      LIMIT $quotes
      RETURN raw
    }
    WHEN 'PARTICIPATED_IN' THEN CASE WHEN $confirmedOnly THEN coalesce(r.evidence, []) ELSE [] END
    ELSE [] END} AS props,
  startNode(r).id AS source, endNode(r).id AS target, e.id AS event, eventQuotes`;

/** Each mention of `n` as a stored evidence string (`raw`, at index `i` of its list). */
const MENTIONS_OF_N = `MATCH (n)<-[m:MENTIONS]-(:Node)
    ${evidenceOf("m")}`;

/**
 * One page of the sentences that mention a node, in the embedded store's order, and how many there are;
 * ORDER BY with SKIP and LIMIT keeps only the page.
 */
export const NODE_MENTIONS_PAGE = `
MATCH (n:Node {id: $id})
RETURN COUNT {
    ${MENTIONS_OF_N}
    RETURN DISTINCT ${SPAN} AS span
  } AS total,
  COLLECT {
    ${MENTIONS_OF_N}
    ${SPANS_IN_ORDER}
    SKIP $offset
    LIMIT $limit
    RETURN raw
  } AS page`;

// ── Article ──────────────────────────────────────────────────────────────────

/**
 * What an article view marks in the text: the article node's mentions (to the node mentioned) and the
 * reports of events in it, each relationship with its quotes and, of the node at either end, what a
 * span names (id, kind, names). One article's relationships: bounded by the article, whatever the graph.
 */
export const ARTICLE_SPANS = `
MATCH (n:Node {id: $node})-[r:MENTIONS|REPORTED_IN]-(m:Node)
WHERE CASE type(r) WHEN 'MENTIONS' THEN startNode(r) = n ELSE endNode(r) = n END
RETURN n {.id, .kind, .nameAr, .nameEn} AS node, m {.id, .kind, .nameAr, .nameEn} AS other,
  r {.id, .kind, .evidence} AS props, startNode(r).id AS source, endNode(r).id AS target`;

// ── Paths ────────────────────────────────────────────────────────────────────

/** A path over visible nodes and relationships (and `extra` ones). */
const pathShown = (p: string, extra = "") =>
  `all(r IN relationships(${p}) WHERE ${edgeShown("r")}${extra}) AND all(n IN nodes(${p}) WHERE ${shown("n")})`;

/**
 * Under confirmedOnly the people view's ties are recounted from vouched-for events alone, so a stored tie
 * stands only if one of its events (`eventIds`: every event it was derived from) is vouched for: those
 * are exactly the pairs the recount keeps (planned events and rejected participations are in no tie).
 * Each check is a seek on the node-id constraint. Only the statements for that case carry it.
 */
const TIE_VOUCHED = ` AND EXISTS {
    MATCH (v:Node)
    WHERE v.id IN r.eventIds AND v:Event AND coalesce(v.reviewStatus, '') IN ['confirmed', 'edited']
  }`;

export const SHOWN_NODES = `
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE ${shown("n")}
RETURN n {.*} AS props`;

/**
 * Every shortest path (bidirectional search, at most 8 hops: the API's largest maxLength) over visible
 * nodes and relationships (pathShown), as distinct node-id lists in id order; `$scan` bounds the paths looked at.
 */
const shortestPaths = (types: string, extra = "") => `
MATCH (a:Node {id: $from})
MATCH (b:Node {id: $to})
MATCH p = allShortestPaths((a)-[:${types}*..8]-(b))
WHERE ${pathShown("p", extra)}
WITH p LIMIT $scan
WITH DISTINCT [n IN nodes(p) | n.id] AS ids
WHERE size(ids) - 1 <= $maxLength
RETURN ids
ORDER BY ids
LIMIT $k`;

export const SHORTEST_PATHS_EVENTS = shortestPaths(EVENT_TYPES_PATTERN);
export const SHORTEST_PATHS_PEOPLE = shortestPaths(TIE_TYPES_PATTERN);
/** The people view under confirmedOnly: over the stored ties one of whose events is vouched for. */
export const SHORTEST_PATHS_VOUCHED_TIES = shortestPaths(TIE_TYPES_PATTERN, TIE_VOUCHED);

/** Simple paths of exactly `length` hops (a bounded variable-length pattern), in id order. */
const pathsOfLength = (types: string, length: number, extra = "") => `
MATCH (a:Node {id: $from})
MATCH (b:Node {id: $to})
MATCH p = (a)-[:${types}*${length}]-(b)
WHERE ${pathShown("p", extra)}
  AND all(i IN range(0, ${length - 1}) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
WITH p LIMIT $scan
WITH DISTINCT [n IN nodes(p) | n.id] AS ids
RETURN ids
ORDER BY ids
LIMIT $k`;

/** Longer paths are only asked for when the shortest ones are fewer than k: lengths 2 to 8. */
const LONGER = [2, 3, 4, 5, 6, 7, 8] as const;
const byLength = (types: string, extra = ""): Readonly<Record<number, string>> =>
  Object.fromEntries(LONGER.map((length) => [length, pathsOfLength(types, length, extra)]));

export const PATHS_OF_LENGTH_EVENTS = byLength(EVENT_TYPES_PATTERN);
export const PATHS_OF_LENGTH_PEOPLE = byLength(TIE_TYPES_PATTERN);
export const PATHS_OF_LENGTH_VOUCHED_TIES = byLength(TIE_TYPES_PATTERN, TIE_VOUCHED);

/** The visible relationships joining consecutive path nodes (both directions asked), with evidence. */
export const PATH_STEP_EDGES = `
UNWIND $pairs AS pair
MATCH (a:Node {id: pair.from})-[r]->(b:Node {id: pair.to})
WHERE type(r) IN $types AND ${edgeShown("r")}
RETURN r {.*} AS props, a.id AS source, b.id AS target`;

// ── Time ranges ──────────────────────────────────────────────────────────────

/**
 * An event `e` not wholly outside [$fromDay, $toDay], as model/dateInterval.ts has it: its days run from
 * dateFrom to dateTo (filled from its date for records written before they existed; an open end is
 * null). A month's fallback end is "-31" whatever its length: no real day lies between it and the true
 * last day, so the comparison with a real day is the same, and no date() call can fail on a bad record.
 */
const IN_RANGE = `
WITH e, CASE size(coalesce(e.date, ''))
    WHEN 0 THEN null
    WHEN 4 THEN e.date + '-12-31'
    WHEN 7 THEN e.date + '-31'
    ELSE left(e.date, 10) END AS lastOfDate
WITH e, coalesce(e.dateFrom, CASE WHEN coalesce(e.date, '') = '' THEN null ELSE left(e.date + '-01-01', 10) END) AS dayFrom,
  coalesce(e.dateTo, lastOfDate) AS dayTo
WHERE ($fromDay IS NULL OR dayTo IS NULL OR dayTo >= $fromDay)
  AND ($toDay IS NULL OR dayFrom IS NULL OR dayFrom <= $toDay)`;

// ── People view ──────────────────────────────────────────────────────────────

/**
 * The end of a ranked view: rows of node `v` with its `degree` become the totals and the first `$limit`
 * nodes by degree, then id. ORDER BY with LIMIT over the collected rows is a top-k (Neo4j's Top operator
 * keeps `$limit` rows, not a sort of every node), and only the kept nodes are projected to maps.
 */
const rankedTop = (v: string) => `WITH collect({node: ${v}, degree: degree}) AS ranked
RETURN size(ranked) AS totalNodes, reduce(acc = 0, x IN ranked | acc + x.degree) / 2 AS totalEdges,
  COLLECT {
    UNWIND ranked AS x
    WITH x.node AS n, x.degree AS degree
    ORDER BY degree DESC, n.id
    LIMIT $limit
    RETURN n {.*} AS node
  } AS nodes`;

/**
 * The unfiltered people view ranked in the database: persons by the number of drawn ties (type, weight
 * and kinds filters applied), then id; the first `$limit` with the totals.
 */
export const PEOPLE_VIEW_TOP = `
MATCH (a:Node)-[t:MET|SPOKE_WITH]-(b:Node)
WHERE type(t) IN $ties AND coalesce(t.weight, 0) >= $minWeight
  AND ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds))
  AND ${shown("a")} AND ${shown("b")}
WITH a, count(t) AS degree
${rankedTop("a")}`;

export const PEOPLE_VIEW_TIES = `
UNWIND $ids AS id
MATCH (a:Node {id: id})-[t:MET|SPOKE_WITH]->(b:Node)
WHERE b.id IN $ids AND type(t) IN $ties AND coalesce(t.weight, 0) >= $minWeight
RETURN t {.*} AS props, a.id AS source, b.id AS target`;

/**
 * An event that ties the persons taking part in it, in a filtered people view (memory/graphQuery.ts keeps
 * these and ties/deriveMet.ts pairs their persons): shown under the review filter, never rejected or
 * planned, discussing one of `$topics` when asked, and not wholly outside the range (IN_RANGE, below).
 */
const tyingEvent = (e: string) => `coalesce(${e}.planned, false) = false
  AND coalesce(${e}.reviewStatus, '') <> 'rejected' AND ${shown(e)}
  AND ($topics IS NULL OR EXISTS {
    MATCH (${e})-[:DISCUSSED]->(t:Node)
    WHERE t.id IN $topics AND ${shown("t")}
  })`;

/** The tie an event makes (model/kinds.ts tieKindOf): a call makes SPOKE_WITH, anything else MET. */
const TIE_OF_EVENT = "CASE WHEN e.eventType = 'PhoneCall' THEN 'SPOKE_WITH' ELSE 'MET' END";

/** A participation that ties: a rejected one never does, whatever the filter shows. */
const tyingPart = (r: string) => `coalesce(${r}.reviewStatus, '') <> 'rejected'`;

/**
 * The people view filtered by dates, topics or confirmedOnly, ranked in the database: the ties are
 * recounted from the kept events as deriveTies counts them (a call makes SPOKE_WITH, anything else MET;
 * the weight is the number of distinct occasions: the encounter key, else the day, else the event), then
 * filtered by type, weight and kinds; persons by the number of ties, then id; the first `$limit` with the
 * totals. Each kept event is expanded once; the pairs are grouped, never returned.
 */
export const PEOPLE_VIEW_DERIVED_TOP = `
MATCH (e:Event)
WHERE ${tyingEvent("e")}
${IN_RANGE}
MATCH (a:Person)-[pa:PARTICIPATED_IN]->(e)<-[pb:PARTICIPATED_IN]-(b:Person)
WHERE a.id < b.id AND ${tyingPart("pa")} AND ${tyingPart("pb")} AND ${shown("a")} AND ${shown("b")}
  AND ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds))
WITH a, b, ${TIE_OF_EVENT} AS tie,
  CASE
    WHEN coalesce(e.encounter, '') <> '' THEN 'encounter:' + e.encounter
    WHEN size(coalesce(e.date, '')) = 10 THEN 'day:' + e.date
    ELSE 'event:' + e.id END AS occasion
WITH a, b, tie, count(DISTINCT occasion) AS weight
WHERE tie IN $ties AND weight >= $minWeight
UNWIND [a, b] AS p
WITH p, count(*) AS degree
${rankedTop("p")}`;

/**
 * The tie facts (neo4j/derived.ts reads them) of the kept events that two or more of the persons `$ids`
 * take part in and that make a tie of the kinds asked for (`$ties`), those persons only: what deriveTies
 * needs for the ties among them, quotes included, and the event's days, so the app can flag a tie made
 * only of events that possibly lie in the range.
 */
export const PEOPLE_VIEW_DERIVED_FACTS = `
UNWIND $ids AS id
MATCH (:Node {id: id})-[pa:PARTICIPATED_IN]->(e:Event)
WHERE ${tyingPart("pa")}
WITH DISTINCT e
WHERE ${tyingEvent("e")} AND ${TIE_OF_EVENT} IN $ties
${IN_RANGE}
WITH e, [(p:Person)-[r:PARTICIPATED_IN]->(e)
    WHERE p.id IN $ids AND ${tyingPart("r")} AND ${shown("p")} | {id: p.id, evidence: r.evidence}] AS persons
WHERE size(persons) > 1
RETURN e.id AS id, e.eventType AS eventType, e.date AS date, e.encounter AS encounter, false AS planned,
  e {.date, .datePrecision, .dateFrom, .dateTo} AS days, persons,
  [(e)-[r:REPORTED_IN]->(:Node) | r {.id, .evidence}] AS reports
ORDER BY id`;

// ── Events view ──────────────────────────────────────────────────────────────

/**
 * The events view ranked in the database, as the embedded store builds it (memory/graphQuery.ts): the
 * kept events (planned flag, topics, not wholly outside the range), then the visible entities of the
 * asked kinds with the number of kept events next to each, kept unless a filter leaves one none or it
 * has fewer than `$minWeight`; articles only when asked for. The nodes are ranked by their drawn
 * relationships among the kept (`$drawn`), then id; the first `$limit` come back with the totals.
 * Unfiltered, every entity is a candidate (a label scan); filtered, only the neighbours of kept events.
 */
const eventsView = (candidates: string) => `
MATCH (e:Event)
WHERE ($includePlanned OR coalesce(e.planned, false) = false)
  AND ${shown("e")}
  AND ($topics IS NULL OR EXISTS {
    MATCH (e)-[:DISCUSSED]->(t:Node)
    WHERE t.id IN $topics AND ${shown("t")}
  })
${IN_RANGE}
WITH collect(e) AS kept
WITH kept, COLLECT {
    ${candidates}
    WHERE n.kind <> 'Event' AND ($kinds IS NULL OR n.kind IN $kinds) AND (n.kind <> 'Article' OR $wantArticles)
      AND ${shown("n")}
    WITH n, COUNT {
        MATCH (n)-[r]-(x:Event)
        WHERE x IN kept AND ${edgeShown("r")}
        RETURN DISTINCT x
      } AS events
    WHERE CASE WHEN n.kind = 'Article' THEN NOT $filtered OR events > 0
      ELSE NOT ($filtered AND events = 0) AND ($minWeight <= 1 OR events >= $minWeight) END
    RETURN n
  } AS entities
WITH CASE WHEN $kinds IS NULL OR 'Event' IN $kinds THEN kept ELSE [] END + entities AS members
UNWIND members AS a
WITH members, a, COUNT {
    MATCH (a)-[r]-(b:Node)
    WHERE type(r) IN $drawn AND b IN members AND ${edgeShown("r")}
  } AS degree
${rankedTop("a")}`;

export const EVENTS_VIEW_TOP = eventsView("MATCH (n:Node)");

/** A filter leaves an entity only if a kept event is next to it: the candidates are those neighbours. */
export const EVENTS_VIEW_TOP_FILTERED = eventsView(`UNWIND kept AS near
    MATCH (near)--(n:Node)
    WITH DISTINCT n`);

// ── Stats: the count store and the date index ─────────────────────────────────

/** One count per label: Neo4j answers `count` of a single label from its count store, without a scan. */
export const STATS_NODES_BY_LABEL = NODE_KINDS.map(
  (kind) => `MATCH (n:${kind}) RETURN '${kind}' AS kind, count(n) AS count`,
).join("\nUNION ALL\n");

/** Likewise per relationship type. */
export const STATS_EDGES_BY_TYPE = EDGE_KINDS.map(
  (kind) => `MATCH ()-[r:${kind}]->() RETURN '${kind}' AS kind, count(r) AS count`,
).join("\nUNION ALL\n");

export const STATS_ARTICLES = "MATCH (a:ArticleRecord) RETURN count(a) AS count";

/** First and last event date, read from the ends of the event_date range index. */
export const STATS_FIRST_DATE = `
MATCH (e:Event)
WHERE e.date > ''
RETURN e.date AS date
ORDER BY e.date
LIMIT 1`;

export const STATS_LAST_DATE = `
MATCH (e:Event)
WHERE e.date > ''
RETURN e.date AS date
ORDER BY e.date DESC
LIMIT 1`;

// ── Timeline ─────────────────────────────────────────────────────────────────

/** The timeline's interval filter (IN_RANGE) and order: by date, else the interval's known end, undated last. */
const TIMELINE_TAIL = `${IN_RANGE}
WITH e, coalesce(e.date, e.dateFrom, e.dateTo) AS sortDay
RETURN e.id AS id
ORDER BY sortDay IS NULL, sortDay, e.id
LIMIT $limit`;

/** Every visible event passing type and planned filters, then the interval filter and order. */
export const TIMELINE_EVENTS = `
MATCH (e:Event)
WHERE ($types IS NULL OR coalesce(e.eventType, '') IN $types)
  AND ($includePlanned OR coalesce(e.planned, false) = false)
  AND ${shown("e")}${TIMELINE_TAIL}`;

/** One person's timeline starts from that person: their visible participations, not every event. */
export const TIMELINE_OF_PARTICIPANT = `
MATCH (who:Node {id: $participant})-[p:PARTICIPATED_IN]->(e:Event)
WHERE ${shown("who")}
  AND ($types IS NULL OR coalesce(e.eventType, '') IN $types)
  AND ($includePlanned OR coalesce(e.planned, false) = false)
  AND ${edgeShown("p")} AND ${shown("e")}
WITH DISTINCT e${TIMELINE_TAIL}`;

// ── Cypher console ───────────────────────────────────────────────────────────

/**
 * The graph nodes at the ends of relationships a console query returned without their nodes: a
 * relationship names its ends by element id only, and the canvas needs the nodes' own ids.
 */
export const READ_CONSOLE_ENDS = `
UNWIND $elementIds AS wanted
MATCH (n:Node)
WHERE elementId(n) = wanted
RETURN wanted AS elementId, n {.*} AS props`;
