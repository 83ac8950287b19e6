import { useMutation } from '@tanstack/react-query';
import { Alert, App, Card, Descriptions, Form, Progress, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/errors.ts';
import { formatDateTime } from '../../../i18n/index.ts';
import { percentOf, uploadWithProgress } from '../../../shared/upload.ts';
import { useCities } from '../../lookups.ts';
import { ExportButtons } from './ExportButtons.tsx';
import {
  type CoordSystem,
  CoordSystemSelect,
  ErrorReportButton,
  FileDrop,
  useImportJob,
} from './import-parts.tsx';

/** Bulk import (CSV/XLSX) with the job's progress and its error report, and export. */
export default function ImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const cities = useCities();
  const [coordSystem, setCoordSystem] = useState<CoordSystem>('wgs84');
  const [cityId, setCityId] = useState<string | undefined>();
  const [jobId, setJobId] = useState<string | null>(null);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [sent, setSent] = useState<{ name: string; percent: number } | null>(null);

  const upload = useMutation({
    mutationFn: (file: File) => {
      setJobId(null);
      setSent({ name: file.name, percent: 0 });
      const form = new FormData();
      form.append('coordSystem', coordSystem);
      if (cityId) form.append('cityId', cityId);
      // The file last: the server reads the fields that precede it.
      form.append('file', file);
      return uploadWithProgress<{ jobId: string; ignoredColumns: string[] }>(
        '/api/v1/leads/import',
        form,
        (percent) => setSent({ name: file.name, percent }),
      );
    },
    onSuccess: (answer) => {
      setJobId(answer.jobId);
      setIgnored(answer.ignoredColumns);
    },
    onError: (error) => {
      setSent(null);
      void message.error(errorMessage(error, t));
    },
  });

  const job = useImportJob(jobId);
  const data = job.data;
  const percent = data?.status === 'done' ? 100 : Math.min(99, percentOf(data?.processed ?? 0, data?.total));

  return (
    <div>
      <div className="page-header">
        <h1>{t('desktop.menu.import')}</h1>
        <ExportButtons />
      </div>
      <Card title={t('desktop.import.title')} size="small">
        <Form layout="inline" style={{ marginBottom: 16 }}>
          <Form.Item label={t('desktop.import.coordSystem')}>
            <CoordSystemSelect value={coordSystem} onChange={setCoordSystem} />
          </Form.Item>
          <Form.Item label={t('desktop.import.defaultCity')}>
            <Select
              style={{ width: 180 }}
              allowClear
              value={cityId}
              onChange={setCityId}
              options={cities.cities.map((city) => ({ value: city.id, label: city.name }))}
            />
          </Form.Item>
        </Form>
        <FileDrop disabled={upload.isPending} hint={t('desktop.import.hint')} onFile={upload.mutate} />
      </Card>
      {ignored.length > 0 && (
        <Alert
          style={{ marginTop: 16 }}
          type="warning"
          showIcon
          title={t('desktop.import.ignored', { columns: ignored.join(', ') })}
        />
      )}
      {sent && (
        <Card title={t('workbench.import.upload')} size="small" style={{ marginTop: 16 }}>
          <span translate="no">{sent.name}</span>
          <Progress
            data-testid="upload-progress"
            data-percent={sent.percent}
            percent={sent.percent}
            status={upload.isPending ? 'active' : 'success'}
          />
          {upload.isPending && sent.percent === 100 && (
            <Typography.Text type="secondary">{t('workbench.import.waiting')}</Typography.Text>
          )}
        </Card>
      )}
      {jobId && (
        <Card
          title={t('desktop.import.job', { id: jobId })}
          size="small"
          style={{ marginTop: 16 }}
          data-testid="import-job"
        >
          {job.isError && <Alert type="error" title={errorMessage(job.error, t)} />}
          {data && (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Progress
                data-testid="import-progress"
                percent={percent}
                status={
                  data.status === 'failed' ? 'exception' : data.status === 'done' ? 'success' : 'active'
                }
              />
              <Descriptions size="small" column={4}>
                <Descriptions.Item label={t('desktop.import.status')}>
                  <span data-testid="import-status" data-status={data.status}>
                    {t(`desktop.import.states.${data.status}`)}
                  </span>
                </Descriptions.Item>
                <Descriptions.Item label={t('desktop.import.succeeded')}>
                  <span data-testid="import-succeeded">{data.succeeded}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('desktop.import.failed')}>
                  <span data-testid="import-failed">{data.failed}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('desktop.import.finished')}>
                  {formatDateTime(data.finishedAt) || '—'}
                </Descriptions.Item>
              </Descriptions>
              {data.error && <Alert type="error" title={data.error} />}
              {data.errorReportUrl && (
                <ErrorReportButton jobId={jobId} fileName={`import-${jobId}-errors.csv`} />
              )}
            </Space>
          )}
        </Card>
      )}
    </div>
  );
}
