/**
 * A small line icon per event type, drawn inline (SVG, currentColor): emoji would depend on a system
 * emoji font, which a projector laptop or a headless browser may not have.
 */
import type { EventType } from "../../../../model/kinds.ts";

const PATHS: Record<EventType, string> = {
  Meeting:
    "M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-3 3-5 6-5s6 2 6 5M10 20c0-3 3-5 6-5s6 2 6 5",
  PhoneCall: "M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z",
  Summit: "M12 2l3 7h7l-5.5 4.5 2 7.5L12 17l-6.5 4 2-7.5L2 9h7z",
  PressConference: "M12 2a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V5a3 3 0 0 0-3-3zM19 11a7 7 0 0 1-14 0M12 18v4M8 22h8",
  Agreement: "M6 2h9l5 5v15H6zM14 2v6h6M9 13h8M9 17h6",
};

export function EventIcon({ type }: { type: EventType | undefined }) {
  return (
    <svg
      className="event-icon"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {type ? (
        <path d={PATHS[type]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      ) : (
        <circle cx="12" cy="12" r="4" fill="currentColor" />
      )}
    </svg>
  );
}
