import { useTranslation } from 'react-i18next';
import { ExportButtons } from '../import/ExportButtons.tsx';
import { LeadsTable } from './LeadsTable.tsx';

export default function LeadsPage() {
  const { t } = useTranslation();
  return (
    <div>
      <div className="page-header">
        <h1>{t('desktop.leads.title')}</h1>
        <ExportButtons />
      </div>
      <LeadsTable />
    </div>
  );
}
