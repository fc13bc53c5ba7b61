/** The phrase key of each event type (the icon is EventIcon.tsx). */
import type { EventType } from "../../../../model/kinds.ts";
import type { PhraseKey } from "../../i18n/useT.ts";

export const EVENT_LABEL: Record<EventType, PhraseKey> = {
  Meeting: "evMeeting",
  PhoneCall: "evPhoneCall",
  Summit: "evSummit",
  PressConference: "evPressConference",
  Agreement: "evAgreement",
};
