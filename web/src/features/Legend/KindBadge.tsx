/** A small swatch with the kind's colour and glyph, reused by the legend, search and tables. */
import type { NodeKind } from "../../../../model/kinds.ts";
import { KIND_LOOK } from "../../graph/kindStyle.ts";
import { useT } from "../../i18n/useT.ts";

export function KindBadge({ kind, withLabel = false }: { kind: NodeKind; withLabel?: boolean }) {
  const { t } = useT();
  const look = KIND_LOOK[kind];
  return (
    <span className="kind-badge" title={t(`k_${kind}`)}>
      <span
        className={`swatch shape-${look.shape}`}
        style={{ backgroundColor: look.color, backgroundImage: `url("${look.icon}")` }}
        aria-hidden="true"
      />
      {withLabel ? <span>{t(`k_${kind}`)}</span> : <span className="sr-only">{t(`k_${kind}`)}</span>}
    </span>
  );
}
