/**
 * The editor's tools on an entity's details (shown to editors only): rename, kind and aliases, merge,
 * split, offices. Collapsed by default so reading stays the first thing the panel does.
 */
import type { NodeDetails } from "../../../../model/api.ts";
import { useCanEdit } from "../../api/session.ts";
import { useT } from "../../i18n/useT.ts";
import { MergeDialog } from "./MergeDialog.tsx";
import { OfficeEditor } from "./OfficeEditor.tsx";
import { RenameForm } from "./RenameForm.tsx";
import { SplitForm } from "./SplitForm.tsx";
import "./curation.css";

const ENTITY = new Set(["Person", "Country", "Place", "Organization", "Topic"]);

export function EntityCuration({ details }: { details: NodeDetails }) {
  const { t } = useT();
  const canEdit = useCanEdit();
  const { node } = details;
  if (!canEdit || !ENTITY.has(node.kind)) return null;
  return (
    <details className="curation" data-testid="entity-curation">
      <summary>✎ {t("curate")}</summary>
      <section aria-label={t("rename")}>
        <h4>{t("rename")}</h4>
        <RenameForm key={`${node.id}:${node.review?.version ?? 0}`} node={node} />
      </section>
      <section aria-label={t("merge")}>
        <h4>{t("merge")}</h4>
        <MergeDialog key={node.id} node={node} />
      </section>
      <section aria-label={t("split")}>
        <h4>{t("split")}</h4>
        <SplitForm key={node.id} details={details} />
      </section>
      {node.kind === "Person" && (
        <section aria-label={t("officeEdit")}>
          <h4>{t("officeEdit")}</h4>
          <OfficeEditor details={details} />
        </section>
      )}
    </details>
  );
}
