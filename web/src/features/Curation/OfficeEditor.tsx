/**
 * End an office a person holds (or correct its dates). A new office needs the sentence that states it,
 * so it is added from a quote in the article reader, never here.
 */
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import type { NodeDetails, OfficeHeld } from "../../../../model/api.ts";
import { curationApi } from "../../api/curation.ts";
import { neighbourhoodQuery } from "../../api/queries.ts";
import { useCuration } from "../../api/useCuration.ts";
import { useT } from "../../i18n/useT.ts";
import { DateField } from "../Review/formFields.tsx";
import { WriteError } from "../Review/WriteError.tsx";
import { officeFact } from "./factIds.ts";

function OfficeRow({ person, held }: { person: NodeDetails["node"]; held: OfficeHeld }) {
  const { t, name } = useT();
  const id = useId();
  const [from, setFrom] = useState(held.from ?? "");
  const [to, setTo] = useState(held.to ?? "");
  const around = useQuery(neighbourhoodQuery(person.id));
  const edit = useCuration(() => {
    const fact = officeFact(person.id, held, around.data);
    return curationApi.editOffice(fact.id, {
      version: fact.version,
      changes: { from: from || null, to: to || null },
    });
  });
  const changed = from !== (held.from ?? "") || to !== (held.to ?? "");
  return (
    <li data-testid="office-edit">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (changed) edit.mutate();
        }}
      >
        <span dir="auto">
          {name(held.office)} — {name(held.of.name)}
        </span>
        <DateField id={`${id}-from`} label={t("officeFrom")} value={from} onChange={setFrom} />
        <DateField id={`${id}-to`} label={t("endOn")} value={to} onChange={setTo} />
        <button type="submit" disabled={!changed || edit.isPending}>
          {t("save")}
        </button>
        <WriteError error={edit.error} />
      </form>
    </li>
  );
}

export function OfficeEditor({ details }: { details: NodeDetails }) {
  const { t } = useT();
  if (details.offices.length === 0) return <p className="muted">{t("addFactHint")}</p>;
  return (
    <>
      <ul className="office-editor">
        {details.offices.map((held) => (
          <OfficeRow
            key={`${held.of.id}:${held.office.ar}:${held.from ?? ""}`}
            person={details.node}
            held={held}
          />
        ))}
      </ul>
      <p className="muted">{t("addFactHint")}</p>
    </>
  );
}
