/** Rename an entity in either script, change its kind or add an alias: one entity edit each. */
import { useId, useState } from "react";
import type { EntityEditBody } from "../../../../model/curation.ts";
import type { GraphNode } from "../../../../model/graph.ts";
import { ENTITY_TYPES, type EntityType } from "../../../../model/kinds.ts";
import { curationApi } from "../../api/curation.ts";
import { useCuration } from "../../api/useCuration.ts";
import { useT } from "../../i18n/useT.ts";
import { WriteError } from "../Review/WriteError.tsx";
import { versionOf } from "./factIds.ts";

export function RenameForm({ node }: { node: GraphNode }) {
  const { t } = useT();
  const id = useId();
  const [ar, setAr] = useState(node.name.ar);
  const [en, setEn] = useState(node.name.en ?? "");
  const [kind, setKind] = useState(node.kind as EntityType);
  const [alias, setAlias] = useState("");
  const edit = useCuration((changes: EntityEditBody["changes"]) =>
    curationApi.editEntity(node.id, { version: versionOf(node), changes }),
  );
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const changes: EntityEditBody["changes"] = {};
    if (ar.trim() !== node.name.ar || (en.trim() || null) !== node.name.en)
      changes.name = { ar: ar.trim(), en: en.trim() || null };
    if (kind !== node.kind) changes.kind = kind;
    if (alias.trim()) changes.addAliases = [alias.trim()];
    if (Object.keys(changes).length === 0) return;
    edit.mutate(changes, { onSuccess: () => setAlias("") });
  };
  return (
    <form className="curation-form" onSubmit={submit} data-testid="entity-edit">
      <div className="form-grid">
        <label htmlFor={`${id}-ar`}>{t("nameAr")}</label>
        <input
          id={`${id}-ar`}
          dir="rtl"
          lang="ar"
          value={ar}
          onChange={(e) => setAr(e.target.value)}
          required
        />
        <label htmlFor={`${id}-en`}>{t("nameEn")}</label>
        <input id={`${id}-en`} dir="ltr" lang="en" value={en} onChange={(e) => setEn(e.target.value)} />
        <label htmlFor={`${id}-kind`}>{t("changeKind")}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as EntityType)}>
          {ENTITY_TYPES.map((k) => (
            <option key={k} value={k}>
              {t(`k_${k}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-alias`}>{t("addAlias")}</label>
        <input
          id={`${id}-alias`}
          dir="auto"
          data-testid="alias-input"
          value={alias}
          onChange={(e) => setAlias(e.target.value)}
        />
      </div>
      <WriteError error={edit.error} />
      {edit.isSuccess && <p role="status">{t("done")}</p>}
      <button type="submit" data-testid="entity-save" disabled={edit.isPending}>
        {t("save")}
      </button>
    </form>
  );
}
