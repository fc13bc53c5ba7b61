/** The offices a person holds or held, with the country and the years where known. */
import type { OfficeHeld } from "../../../../model/api.ts";
import { useT } from "../../i18n/useT.ts";
import { NodeChip } from "./NodeChip.tsx";

export function OfficeList({ offices }: { offices: OfficeHeld[] }) {
  const { t, name } = useT();
  if (offices.length === 0) return null;
  return (
    <section>
      <h3>{t("offices")}</h3>
      <ul className="offices">
        {offices.map((o) => (
          <li key={`${o.of.id}:${o.office.ar}:${o.from ?? ""}`}>
            <span dir="auto">{name(o.office)}</span> — <NodeChip node={o.of} />
            {o.from && <span className="muted"> {t("since", { date: o.from })}</span>}
            {o.to && <span className="muted"> {t("until", { date: o.to })}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
