/**
 * Hand-made extractions for the store contract suite, about leaders the seed corpus never mentions, so
 * the contract tests depend neither on the seeds nor on the extractor's quality. Offsets are computed
 * from the texts, so every span satisfies `text.slice(start, end) === span.text`.
 */
import type {
  ArticleMeta,
  ExtractedEntity,
  ExtractedEvent,
  Extraction,
  Span,
} from "../../../model/extraction.ts";

export interface FixtureArticle {
  meta: ArticleMeta;
  text: string;
  extraction: Extraction;
}

/** Every occurrence of each phrase in the text. */
function spansOf(text: string, phrases: string[]): Span[] {
  const out: Span[] = [];
  for (const phrase of phrases) {
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length)) {
      out.push({ text: phrase, start: i, end: i + phrase.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The sentence of the text that contains a phrase. */
function sentenceWith(text: string, phrase: string): Span {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`fixture: "${phrase}" not in text`);
  const start = text.lastIndexOf(".", at) + 1;
  const end = text.indexOf(".", at) + 1 || text.length;
  const lead = text.slice(start).length - text.slice(start).trimStart().length;
  return { text: text.slice(start + lead, end), start: start + lead, end };
}

type EntitySpec = Omit<ExtractedEntity, "mentions"> & { words: string[] };

const ENTITIES: EntitySpec[] = [
  {
    id: "person:macron",
    type: "Person",
    name: { ar: "إيمانويل ماكرون", en: "Emmanuel Macron" },
    words: ["ماكرون"],
    aliases: ["ماكرون"],
    offices: [
      // Two terms of one office: two edges to one country.
      {
        office: { ar: "الرئيس", en: "President" },
        of: "country:france",
        from: "2017-05-14",
        to: "2022-05-13",
      },
      { office: { ar: "الرئيس", en: "President" }, of: "country:france", from: "2022-05-14", to: null },
    ],
  },
  {
    id: "person:scholz",
    type: "Person",
    name: { ar: "أولاف شولتس", en: "Olaf Scholz" },
    words: ["شولتس"],
    offices: [
      { office: { ar: "المستشار", en: "Chancellor" }, of: "country:germany", from: "2021-12-08", to: null },
    ],
  },
  {
    id: "person:erdogan",
    type: "Person",
    name: { ar: "رجب طيب أردوغان", en: "Recep Tayyip Erdoğan" },
    words: ["أردوغان"],
    aliases: ["Erdogan"],
  },
  {
    id: "person:meloni",
    type: "Person",
    name: { ar: "جورجا ميلوني", en: "Giorgia Meloni" },
    words: ["ميلوني"],
  },
  { id: "country:france", type: "Country", name: { ar: "فرنسا", en: "France" }, words: ["الفرنسي", "فرنسا"] },
  { id: "country:germany", type: "Country", name: { ar: "ألمانيا", en: "Germany" }, words: ["الألماني"] },
  { id: "country:turkey", type: "Country", name: { ar: "تركيا", en: "Turkey" }, words: ["التركي"] },
  {
    id: "place:paris",
    type: "Place",
    name: { ar: "باريس", en: "Paris" },
    words: ["باريس"],
    locatedIn: "country:france",
  },
  {
    id: "place:berlin",
    type: "Place",
    name: { ar: "برلين", en: "Berlin" },
    words: ["برلين"],
    locatedIn: "country:germany",
  },
  { id: "place:rome", type: "Place", name: { ar: "روما", en: "Rome" }, words: ["روما"] },
  { id: "topic:energy", type: "Topic", name: { ar: "الطاقة", en: "Energy" }, words: ["الطاقة"] },
  { id: "topic:ukraine", type: "Topic", name: { ar: "أوكرانيا", en: "Ukraine" }, words: ["أوكرانيا"] },
];

/** The entities a text mentions, with their mentions; offices only where the office's country is there too. */
function entitiesIn(text: string): ExtractedEntity[] {
  const found = ENTITIES.map(({ words, ...e }) => ({ ...e, mentions: spansOf(text, words) })).filter(
    (e) => e.mentions.length > 0,
  );
  const ids = new Set(found.map((e) => e.id));
  return found.map((e) => ({ ...e, offices: e.offices?.filter((o) => ids.has(o.of)) }));
}

function article(
  meta: ArticleMeta,
  text: string,
  events: (Omit<ExtractedEvent, "evidence"> & { said: string })[],
): FixtureArticle {
  return {
    meta,
    text,
    extraction: {
      article: meta,
      entities: entitiesIn(text),
      events: events.map(({ said, ...ev }) => ({ ...ev, evidence: [sentenceWith(text, said)] })),
    },
  };
}

const A1 =
  "التقى الرئيس الفرنسي ماكرون المستشار الألماني شولتس في باريس اليوم. وبحث الجانبان الطاقة وأوكرانيا. وعقد الزعيمان مؤتمرا صحفيا مشتركا بعد اللقاء.";
const A2 =
  "أجرى ماكرون اتصالا هاتفيا مع الرئيس التركي أردوغان. وسيلتقي أردوغان وشولتس في برلين الشهر المقبل.";
const A3 =
  "قال شولتس إنه التقى ماكرون في باريس أمس. والتقى أردوغان رئيسة الوزراء الإيطالية في روما من قبل. وعقد ماكرون وشولتس وميلوني قمة حول أوكرانيا. ووقع الزعماء الثلاثة اتفاقا في الشهر نفسه.";

const meta = (id: string, published: string, title: string | null): ArticleMeta => ({
  id,
  title,
  published,
  publishedPrecision: "day",
  source: "fixture",
  language: "ar",
});

export const FIXTURE_ARTICLES: FixtureArticle[] = [
  article(meta("fx_a1", "2023-05-10", "ماكرون وشولتس في باريس"), A1, [
    {
      id: "event:ms-paris",
      type: "Meeting",
      participants: ["person:macron", "person:scholz"],
      roles: { "person:macron": "host", "person:scholz": "guest" },
      place: "place:paris",
      date: "2023-05-10",
      datePrecision: "day",
      planned: false,
      topics: ["topic:energy", "topic:ukraine"],
      said: "التقى الرئيس",
      confidence: 0.62,
      participantConfidence: { "person:macron": 0.9 },
      cues: ["meeting-verb", "dateline"],
    },
    {
      // The joint press conference after the meeting: the same occasion, and no sentence naming either.
      id: "event:ms-press",
      type: "PressConference",
      participants: ["person:macron", "person:scholz"],
      place: null,
      date: "2023-05-10",
      datePrecision: "day",
      planned: false,
      topics: [],
      said: "مؤتمرا صحفيا",
    },
  ]),
  article(meta("fx_a2", "2023-06-02", null), A2, [
    {
      id: "event:me-call",
      type: "PhoneCall",
      participants: ["person:macron", "person:erdogan"],
      place: null,
      date: "2023-06-02",
      datePrecision: "day",
      planned: false,
      topics: [],
      said: "اتصالا هاتفيا",
    },
    {
      id: "event:es-berlin",
      type: "Meeting",
      participants: ["person:erdogan", "person:scholz"],
      place: "place:berlin",
      date: "2023-07",
      datePrecision: "month",
      planned: true,
      topics: [],
      said: "وسيلتقي",
    },
  ]),
  article(meta("fx_a3", "2023-05-11", "شولتس عن لقاء باريس"), A3, [
    {
      id: "event:ms-paris",
      type: "Meeting",
      participants: ["person:macron", "person:scholz"],
      place: "place:paris",
      date: "2023-05-10",
      datePrecision: "day",
      planned: false,
      topics: [],
      said: "إنه التقى",
    },
    {
      // Recalled without a date: some day up to the article's. Meloni is named here only by her office.
      id: "event:em-rome",
      type: "Meeting",
      participants: ["person:erdogan", "person:meloni"],
      place: "place:rome",
      date: null,
      datePrecision: null,
      dateRange: { from: null, to: "2023-05-11" },
      planned: false,
      background: true,
      topics: [],
      said: "في روما",
    },
    {
      id: "event:msm-summit",
      type: "Summit",
      participants: ["person:macron", "person:scholz", "person:meloni"],
      place: null,
      date: "2023-09-20",
      datePrecision: "day",
      planned: false,
      topics: ["topic:ukraine"],
      said: "قمة حول",
      encounter: "msm-2023-09",
    },
    {
      // Signed at the summit: one occasion with it, which only the encounter key can tell (month only).
      id: "event:msm-pact",
      type: "Agreement",
      participants: ["person:macron", "person:scholz", "person:meloni"],
      place: null,
      date: "2023-09",
      datePrecision: "month",
      planned: false,
      topics: [],
      said: "اتفاقا",
      encounter: "msm-2023-09",
    },
  ]),
];
