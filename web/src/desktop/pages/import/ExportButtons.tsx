import { DownloadOutlined } from '@ant-design/icons';
import { App, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../../api/errors.ts';
import { downloadFile } from '../../../shared/download.ts';
import { exportSearch, filtersFromParams } from '../leads/filters.ts';

/** Exports the leads of the current list filters (the URL's) as CSV or XLSX, in the user's language. */
export function ExportButtons() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const [busy, setBusy] = useState(false);
  const exportAs = async (format: 'csv' | 'xlsx') => {
    const search = exportSearch(filtersFromParams(params), format, i18n.language === 'en-US' ? 'en' : 'zh');
    setBusy(true);
    try {
      await downloadFile(`/api/v1/leads/export?${search}`, `leads.${format}`);
    } catch (error) {
      void message.error(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dropdown.Button
      loading={busy}
      icon={<DownloadOutlined />}
      onClick={() => void exportAs('csv')}
      menu={{
        items: [{ key: 'xlsx', label: t('desktop.import.exportXlsx') }],
        onClick: () => void exportAs('xlsx'),
      }}
    >
      {t('desktop.import.exportCsv')}
    </Dropdown.Button>
  );
}
