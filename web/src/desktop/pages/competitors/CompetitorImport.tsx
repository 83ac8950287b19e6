import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Card, Form, Progress, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import {
  type CoordSystem,
  CoordSystemSelect,
  ErrorReportButton,
  FileDrop,
  useImportJob,
} from '../import/import-parts.tsx';

/** Upload of a competitor file, with the job's progress and its error report. */
export function CompetitorImport() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [coordSystem, setCoordSystem] = useState<CoordSystem>('gcj02');
  const [jobId, setJobId] = useState<string | null>(null);
  const [ignored, setIgnored] = useState<string[]>([]);
  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('coordSystem', coordSystem);
      form.append('file', file);
      return call(
        api.POST('/api/v1/competitors/import', {
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
        }),
      );
    },
    onSuccess: (answer) => {
      setJobId(answer.jobId);
      setIgnored(answer.ignoredColumns);
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  const job = useImportJob(jobId);
  const data = job.data;
  const over = data?.status === 'done' || data?.status === 'failed';
  useEffect(() => {
    if (over) void client.invalidateQueries({ queryKey: ['competitors'] });
  }, [over, client]);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Card title={t('competitors.import.title')} size="small">
        <Form layout="inline" style={{ marginBottom: 16 }}>
          <Form.Item label={t('desktop.import.coordSystem')}>
            <CoordSystemSelect value={coordSystem} onChange={setCoordSystem} />
          </Form.Item>
        </Form>
        <FileDrop disabled={upload.isPending} hint={t('competitors.import.hint')} onFile={upload.mutate} />
      </Card>
      {ignored.length > 0 && (
        <Alert type="warning" showIcon title={t('desktop.import.ignored', { columns: ignored.join(', ') })} />
      )}
      {jobId && data && (
        <Card size="small" title={t('desktop.import.job', { id: jobId })} data-testid="competitor-job">
          <Progress
            percent={
              data.status === 'done' ? 100 : data.total ? Math.round((data.processed / data.total) * 99) : 0
            }
            status={data.status === 'failed' ? 'exception' : data.status === 'done' ? 'success' : 'active'}
          />
          <p data-status={data.status} data-testid="competitor-job-status">
            {t(`desktop.import.states.${data.status}`)} ·{' '}
            {t('competitors.import.records', { succeeded: data.succeeded, failed: data.failed })}
          </p>
          {data.error && <Alert type="error" title={data.error} />}
          {data.errorReportUrl && (
            <ErrorReportButton jobId={jobId} fileName={`competitors-${jobId}-errors.csv`} />
          )}
        </Card>
      )}
    </Space>
  );
}
