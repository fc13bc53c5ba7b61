/** The offices a person holds or held, with the country and every term the graph knows, in order. */
import type { OfficeHeld } from "../../../../model/api.ts";
import { listText } from "../../i18n/counts.ts";
import { useT } from "../../i18n/useT.ts";
import { StatusBadge } from "../Review/StatusBadge.tsx";
import { NodeChip } from "./NodeChip.tsx";
import { officeRows, type Term, termText } from "./officeTerms.ts";

function Terms({ terms }: { terms: Term[] }) {
  const { t, lang } = useT();
  const texts = terms.map(termText).filter((x) => x !== null);
  if (texts.length === 0) return null;
  return (
    <span className="muted office-terms" data-testid="office-terms">
      {" "}
      {listText(
        lang,
        texts.map((x) => t(x.key, x.vars)),
      )}
    </span>
  );
}

export function OfficeList({ offices }: { offices: OfficeHeld[] }) {
  const { t, name } = useT();
  if (offices.length === 0) return null;
  return (
    <section>
      <h3>{t("offices")}</h3>
      <ul className="offices">
        {officeRows(offices).map((row) => (
          <li key={`${row.of.id}:${row.office.ar}`} data-testid="office">
            <span dir="auto">{name(row.office)}</span>
            {row.review && <StatusBadge review={row.review} />} — <NodeChip node={row.of} />
            <Terms terms={row.terms} />
          </li>
        ))}
      </ul>
    </section>
  );
}
