/** How each event type is shown: a glyph that reads without colour, and its phrase key. */
import type { EventType } from "../../../../model/kinds.ts";
import type { PhraseKey } from "../../i18n/useT.ts";

export const EVENT_GLYPH: Record<EventType, string> = {
  Meeting: "🤝",
  PhoneCall: "📞",
  Summit: "🏛",
  PressConference: "🎤",
  Agreement: "📜",
};

export const EVENT_LABEL: Record<EventType, PhraseKey> = {
  Meeting: "evMeeting",
  PhoneCall: "evPhoneCall",
  Summit: "evSummit",
  PressConference: "evPressConference",
  Agreement: "evAgreement",
};
