import { Modal, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../api/types.ts';

export type BulkHandoverResult = ResponseOf<'/api/v1/leads/handover', 'post'>;
type Line = BulkHandoverResult['merchants'][number];

const COLOUR: Record<Line['outcome'], string> = {
  handed_over: 'green',
  unchanged: 'default',
  refused: 'red',
};

/** What became of each merchant of a bulk handover: handed over, already with them, or why not. */
export function HandoverResults({
  result,
  opsName,
  onClose,
}: {
  result: BulkHandoverResult | null;
  opsName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  if (!result) return null;
  // Refusals first: they are what the person has to act on.
  const lines = [...result.merchants].sort(
    (a, b) => Number(b.outcome === 'refused') - Number(a.outcome === 'refused'),
  );
  return (
    <Modal
      open
      width={720}
      title={t('ops.handover.resultTitle', { name: opsName })}
      onCancel={onClose}
      onOk={onClose}
      okText={t('actions.close')}
      cancelButtonProps={{ style: { display: 'none' } }}
    >
      <Typography.Paragraph data-testid="handover-summary">
        {t('ops.handover.bulkDone', {
          ok: result.handedOver,
          same: result.unchanged,
          failed: result.refused.length,
        })}
      </Typography.Paragraph>
      <Table<Line>
        data-testid="handover-results"
        rowKey="leadId"
        size="small"
        pagination={lines.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        dataSource={lines}
        columns={[
          {
            title: t('lead.name'),
            key: 'name',
            render: (_, line) => <span translate="no">{line.name ?? `#${line.leadId}`}</span>,
          },
          {
            title: t('ops.handover.outcome'),
            key: 'outcome',
            width: 140,
            render: (_, line) => (
              <Tag color={COLOUR[line.outcome]}>{t(`ops.handover.outcomes.${line.outcome}`)}</Tag>
            ),
          },
          {
            title: t('ops.handover.why'),
            key: 'why',
            render: (_, line) => (line.reason ? t(`ops.handover.refusals.${line.reason}`) : ''),
          },
        ]}
      />
    </Modal>
  );
}
