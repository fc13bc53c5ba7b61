/** The ingest form's inputs: Arabic text (right to left), title, publication date and source. */
import { useId } from "react";
import { useT } from "../../i18n/useT.ts";

export interface IngestForm {
  text: string;
  title: string;
  published: string;
  source: string;
}

export function IngestFields({ form, onChange }: { form: IngestForm; onChange: (f: IngestForm) => void }) {
  const { t } = useT();
  const id = useId();
  const field = (key: keyof IngestForm) => ({
    id: `${id}-${key}`,
    value: form[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange({ ...form, [key]: e.target.value }),
  });
  return (
    <>
      <label htmlFor={`${id}-text`}>{t("ingestText")}</label>
      <textarea data-testid="ingest-text" dir="rtl" lang="ar" rows={8} required {...field("text")} />
      <div className="ingest-meta">
        <span>
          <label htmlFor={`${id}-title`}>{t("ingestTitle")}</label>
          <input data-testid="ingest-title" dir="auto" {...field("title")} />
        </span>
        <span>
          <label htmlFor={`${id}-published`}>{t("ingestPublished")}</label>
          <input data-testid="ingest-published" type="date" {...field("published")} />
        </span>
        <span>
          <label htmlFor={`${id}-source`}>{t("ingestSource")}</label>
          <input data-testid="ingest-source" dir="auto" {...field("source")} />
        </span>
      </div>
    </>
  );
}
