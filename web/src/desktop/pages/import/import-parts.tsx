import { InboxOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Select, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import { downloadFile } from '../../../shared/download.ts';

// The pieces every file import screen shares (stores, competitor stores): the coordinate system,
// the drop zone, the job's polling and its error report.

export type CoordSystem = 'wgs84' | 'gcj02' | 'bd09';

export function CoordSystemSelect({
  value,
  onChange,
}: {
  value: CoordSystem;
  onChange: (value: CoordSystem) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      style={{ width: 220 }}
      value={value}
      onChange={onChange}
      options={(['wgs84', 'gcj02', 'bd09'] as const).map((system) => ({
        value: system,
        label: t(`desktop.import.coords.${system}`),
      }))}
    />
  );
}

/** A CSV or XLSX file, dropped or picked: handed over at once, never uploaded by antd itself. */
export function FileDrop({
  disabled,
  hint,
  onFile,
}: {
  disabled: boolean;
  hint: string;
  onFile: (file: File) => void;
}) {
  const { t } = useTranslation();
  return (
    <Upload.Dragger
      accept=".csv,.xlsx"
      multiple={false}
      showUploadList={false}
      disabled={disabled}
      beforeUpload={(file) => {
        onFile(file);
        return false;
      }}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{t('desktop.import.drop')}</p>
      <p className="ant-upload-hint">{hint}</p>
    </Upload.Dragger>
  );
}

/** The import job, polled every second until it is over. */
export function useImportJob(jobId: string | null) {
  return useQuery({
    queryKey: ['job', jobId],
    enabled: jobId !== null,
    queryFn: () => call(api.GET('/api/v1/jobs/{id}', { params: { path: { id: jobId! } } })),
    refetchInterval: (query) =>
      query.state.data && ['done', 'failed'].includes(query.state.data.status) ? false : 1000,
  });
}

/** Downloads the rows the job refused, with the reason of each. */
export function ErrorReportButton({ jobId, fileName }: { jobId: string; fileName: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Button
      onClick={() =>
        downloadFile(`/api/v1/jobs/${jobId}/errors`, fileName).catch((error) =>
          message.error(errorMessage(error, t)),
        )
      }
    >
      {t('desktop.import.errorReport')}
    </Button>
  );
}
