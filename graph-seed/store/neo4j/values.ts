/** Neo4j driver values → plain JSON-able JS: the driver hands back Integer objects and temporal classes. */
import neo4j from "neo4j-driver";

/** A value as it leaves the mapping layer: no driver classes left inside. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** Integers outside ±2^53 cannot be numbers; counts and offsets never get there, so refuse loudly. */
export const toJsNumber = (value: unknown): number => {
  if (neo4j.isInt(value)) {
    if (!neo4j.integer.inSafeRange(value)) throw new RangeError(`integer ${value.toString()} out of range`);
    return value.toNumber();
  }
  if (typeof value === "number") return value;
  throw new TypeError(`expected an integer, got ${typeof value}`);
};

const isTemporal = (value: unknown) =>
  neo4j.isDate(value) ||
  neo4j.isDateTime(value) ||
  neo4j.isLocalDateTime(value) ||
  neo4j.isTime(value) ||
  neo4j.isLocalTime(value);

/** Recursively converts driver values: Integer → number, Date → "YYYY-MM-DD", DateTime → ISO string. */
export const toPlain = (value: unknown): Plain => {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return toJsNumber(value);
  if (isTemporal(value)) return String(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    const out: { [key: string]: Plain } = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toPlain(inner);
    return out;
  }
  if (typeof value === "boolean" || typeof value === "number" || typeof value === "string") return value;
  throw new TypeError(`cannot map a ${typeof value} from Neo4j`);
};

/** A JS number bound for a Cypher integer parameter (LIMIT, depth, counts). */
export const toCypherInt = (value: number) => neo4j.int(Math.trunc(value));

export type PlainMap = { [key: string]: Plain };

/** A returned map (`n {.*}`), checked: a statement returning something else is a bug worth a clear error. */
export const asMap = (value: Plain | undefined): PlainMap => {
  if (value === null || value === undefined || typeof value !== "object" || Array.isArray(value)) {
    throw new TypeError(`expected a map from Neo4j, got ${JSON.stringify(value)?.slice(0, 60)}`);
  }
  return value;
};
