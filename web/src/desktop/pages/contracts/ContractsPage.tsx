import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import type { ContractStatus } from '../../../api/types.ts';
import { useCursorPages } from '../../../shared/use-cursor-pages.ts';
import { ContractsTable } from './ContractsTable.tsx';
import { CONTRACT_STATUSES, isContractStatus } from './contract-rules.ts';

/** The contracts of the caller's team (their own for a rep), newest first, by status. */
export default function ContractsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status') ?? '';
  const status: ContractStatus | undefined = isContractStatus(raw) ? raw : undefined;
  const pages = useCursorPages(status ?? '');
  const list = useQuery({
    queryKey: ['contracts', status, pages.cursor],
    placeholderData: (previous) => previous,
    queryFn: () =>
      call(
        api.GET('/api/v1/contracts', {
          params: {
            query: {
              limit: 50,
              ...(status ? { status } : {}),
              ...(pages.cursor ? { cursor: pages.cursor } : {}),
            },
          },
        }),
      ),
  });
  return (
    <div>
      <div className="page-header">
        <h1>{t('pipeline.contract.list')}</h1>
      </div>
      <div className="filter-bar">
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('pipeline.contract.anyStatus')}
          aria-label={t('pipeline.contract.status')}
          value={status}
          onChange={(next?: string) => setParams(next ? { status: next } : {}, { replace: true })}
          options={CONTRACT_STATUSES.map((s) => ({ value: s, label: t(`pipeline.contract.statuses.${s}`) }))}
        />
      </div>
      {list.isError && (
        <Alert type="error" showIcon title={errorMessage(list.error, t)} style={{ marginBottom: 12 }} />
      )}
      <ContractsTable
        contracts={list.data?.items ?? []}
        showMerchant
        loading={list.isPending || (list.isFetching && list.isPlaceholderData)}
      />
      <Space style={{ marginTop: 12, justifyContent: 'flex-end', width: '100%' }}>
        <Button onClick={pages.previous} disabled={pages.page === 1}>
          {t('desktop.leads.previous')}
        </Button>
        <Button onClick={() => pages.next(list.data?.nextCursor)} disabled={!list.data?.nextCursor}>
          {t('desktop.leads.next')}
        </Button>
      </Space>
    </div>
  );
}
