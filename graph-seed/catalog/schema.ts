/**
 * The catalog's data files (`json/`) as zod schemas: what each file may hold, checked once when
 * the catalog is loaded. Strict objects, so a misspelt field is an error rather than a silent default.
 */
import { z } from "zod";
import { OFFICE_KEYS } from "./types.ts";

const slugId = (kind: string) =>
  z.string().regex(new RegExp(`^${kind}:[a-z0-9]+(-[a-z0-9]+)*$`), `expected an id "${kind}:slug"`);

/** Arabic as written: Arabic letters, with marks, digits or spaces, and no Latin letters. */
const arabic = z.string().regex(/^(?=.*\p{Script=Arabic})[^A-Za-z]+$/u, "expected Arabic script");
const name = z.strictObject({ ar: arabic, en: z.string().min(1) });
const aliases = z.array(arabic.min(1));
/** A remark for the next editor (why an alias is weak, what a title is for); never read by the code. */
const note = z.string().min(1).optional();

const day = z.iso.date();
const officeSchema = z
  .strictObject({
    office: z.enum(OFFICE_KEYS),
    of: z.string().regex(/^(country|org):[a-z0-9-]+$/, 'expected "country:…" or "org:…"'),
    from: day.nullable(),
    to: day.nullable(),
    source: z.string().min(1).optional(),
  })
  .refine((o) => o.from === null || o.to === null || o.from <= o.to, {
    message: "the term ends before it starts (from > to)",
  });

export const personSchema = z
  .strictObject({
    id: slugId("person"),
    name,
    aliases,
    weakAliases: aliases.optional(),
    enAliases: z.array(z.string().min(1)).optional(),
    offices: z.array(officeSchema).optional(),
    note,
  })
  .refine((p) => p.aliases.length + (p.weakAliases?.length ?? 0) > 0, {
    message: "a person needs at least one alias or weak alias",
  });

export const countrySchema = z.strictObject({
  id: slugId("country"),
  name,
  aliases: aliases.min(1),
  /** Nationality stems (`روسي`): each gives its definite, feminine and plural forms. */
  demonymStems: z.array(arabic.min(1)),
  /** Nationality words no stem gives (`الروس`, `الأتراك`). */
  demonyms: aliases.optional(),
  note,
});

export const placeSchema = z.strictObject({
  id: slugId("place"),
  name,
  aliases: aliases.min(1),
  locatedIn: slugId("country"),
  /** A capital of the state it lies in (a state may have more than one: seat and constitutional capital). */
  capital: z.literal(true).optional(),
  /** A capital named like its state (`الكويت`): heading a dateline it is the city, not the state. */
  sharesCountryName: z.literal(true).optional(),
  note,
});

export const organizationSchema = z.strictObject({
  id: slugId("org"),
  name,
  aliases: aliases.min(1),
  weakAliases: aliases.optional(),
  note,
});

export const topicSchema = z.strictObject({ id: slugId("topic"), name, aliases: aliases.min(1), note });

const titleSchema = z.strictObject({ office: z.enum(OFFICE_KEYS).nullable(), title: arabic.min(1), note });

export const officesFileSchema = z.strictObject({
  /** How each tracked office is named in both languages. */
  names: z.record(z.enum(OFFICE_KEYS), name),
  /** Titles before a name or a nationality, in matching order (longest first where it matters). */
  titles: z.array(titleSchema),
  /** Titles in construct with a state's name: `وزير خارجية مصر`. */
  constructTitles: z.array(titleSchema),
  /** Words that may stand between a title and a name: `السفير`, `الدكتور`. */
  honorifics: z.array(arabic.min(1)),
});

export type PersonData = z.infer<typeof personSchema>;
export type CountryData = z.infer<typeof countrySchema>;
export type PlaceData = z.infer<typeof placeSchema>;
export type OrganizationData = z.infer<typeof organizationSchema>;
export type TopicData = z.infer<typeof topicSchema>;
