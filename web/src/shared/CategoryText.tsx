import { useTranslation } from 'react-i18next';
import { CATEGORY_CODES, type CategoryCode, codeLabel } from '../lib/labels.ts';

/** A store's category in the reader's language; one typed by a person is shown as it was typed. */
export function CategoryText({ category }: { category: string | null | undefined }) {
  const { t } = useTranslation();
  const label = codeLabel(category, CATEGORY_CODES, (code) =>
    t(`workbench.categories.${code as CategoryCode}`),
  );
  if (!label) return <>—</>;
  return label.data ? <span translate="no">{label.text}</span> : <span>{label.text}</span>;
}
