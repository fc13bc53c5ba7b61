/** The suggestion list under the search box; mouse down (not click) so the input's blur cannot eat it. */
import type { SearchHit } from "../../../../model/api.ts";
import { useT } from "../../i18n/useT.ts";
import { KindBadge } from "../Legend/KindBadge.tsx";

interface Props {
  id: string;
  hits: SearchHit[];
  active: number;
  busy: boolean;
  error: Error | null;
  onChoose: (hit: SearchHit) => void;
}

export function SearchOptions({ id, hits, active, busy, error, onChoose }: Props) {
  const { t } = useT();
  return (
    <div id={id} role="listbox" className="search-options" aria-label={t("searchLabel")} aria-busy={busy}>
      {hits.map((hit, i) => (
        <div
          key={hit.node.id}
          tabIndex={-1}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === active}
          data-testid="search-option"
          data-node-id={hit.node.id}
          className={i === active ? "active" : ""}
          onMouseDown={(e) => {
            e.preventDefault();
            onChoose(hit);
          }}
        >
          <KindBadge kind={hit.node.kind} />
          <span className="names">
            <span dir="auto">{hit.node.name.en ?? hit.node.name.ar}</span>
            <span dir="rtl" lang="ar" className="ar">
              {hit.node.name.ar}
            </span>
          </span>
        </div>
      ))}
      {hits.length === 0 && !error && (
        <div className="search-note">{busy ? t("searchBusy") : t("searchNone")}</div>
      )}
      {error && (
        <div className="search-note error" role="alert">
          {t("searchFailed", { message: error.message })}
        </div>
      )}
    </div>
  );
}
