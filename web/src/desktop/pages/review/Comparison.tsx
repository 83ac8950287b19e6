import { useQuery } from '@tanstack/react-query';
import { Spin, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import type { Lead, ResponseOf } from '../../../api/types.ts';
import { formatDistance } from '../../../lib/geo.ts';
import { CATEGORY_CODES, type CategoryCode, codeLabel } from '../../../lib/labels.ts';
import { StatusTag } from '../../components/StatusTag.tsx';

type Candidate = ResponseOf<'/api/v1/review/leads', 'get'>['items'][number]['duplicates'][number];

/** The lead in review and a possible duplicate, field by field; differing values stand out. */
export function Comparison({ pending, candidate }: { pending: Lead; candidate: Candidate }) {
  const { t } = useTranslation();
  const other = useQuery({
    queryKey: ['lead', candidate.id],
    queryFn: () => call(api.GET('/api/v1/leads/{id}', { params: { path: { id: candidate.id } } })),
  });
  if (other.isPending) return <Spin />;
  const existing = other.data;
  const category = (code: string | null | undefined) =>
    codeLabel(code, CATEGORY_CODES, (c) => t(`workbench.categories.${c as CategoryCode}`))?.text ?? '—';
  const text = (value: unknown) =>
    value === null || value === undefined || value === '' ? '—' : String(value);
  const position = (lead?: { lat: number | null; lng: number | null }) =>
    lead?.lat != null && lead.lng != null ? `${lead.lat.toFixed(5)}, ${lead.lng.toFixed(5)}` : '—';
  const rows = [
    { key: 'name', label: t('lead.name'), a: pending.name, b: existing?.name ?? candidate.name },
    { key: 'phone', label: t('lead.phone'), a: text(pending.phone), b: text(existing?.phone) },
    {
      key: 'address',
      label: t('lead.address'),
      a: text(pending.address),
      b: text(existing?.address ?? candidate.address),
    },
    {
      key: 'category',
      label: t('lead.category'),
      a: category(pending.category),
      b: category(existing?.category),
    },
    { key: 'position', label: t('desktop.review.position'), a: position(pending), b: position(existing) },
    { key: 'channel', label: t('lead.channel'), a: pending.channel, b: text(existing?.channel) },
  ];
  return (
    <div data-testid="comparison">
      <p>
        {candidate.reason === 'phone' ? t('desktop.lead.reasonPhone') : t('desktop.lead.reasonName')} ·{' '}
        {t('desktop.lead.score')} {candidate.score.toFixed(2)}
        {candidate.distanceM !== null && ` · ${formatDistance(candidate.distanceM, t)}`}
      </p>
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: '', dataIndex: 'label', width: 120 },
          {
            title: (
              <span>
                {t('desktop.review.pending')} <StatusTag status={pending.status} />
              </span>
            ),
            key: 'a',
            render: (_, row) => (
              <span translate="no" style={{ fontWeight: row.a !== row.b ? 600 : undefined }}>
                {row.a}
              </span>
            ),
          },
          {
            title: (
              <span>
                {t('desktop.review.existing')} <StatusTag status={existing?.status ?? candidate.status} />
              </span>
            ),
            key: 'b',
            render: (_, row) => (
              <span translate="no" style={{ fontWeight: row.a !== row.b ? 600 : undefined }}>
                {row.b}
              </span>
            ),
          },
        ]}
      />
    </div>
  );
}
