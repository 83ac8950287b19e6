import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  InputNumber,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import type { ResponseOf } from '../../../api/types.ts';
import { useTagLabel } from '../../../auth/use-tag-label.ts';
import { deadlineReasonText } from '../../../lib/deadline.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { useUsers } from '../../lookups.ts';

type Pool = ResponseOf<'/api/v1/pools', 'get'>['items'][number];
type Rules = Pool['rules'];

const NUMBER_RULES = [
  'maxPrivate',
  'dailyClaimCap',
  'termDays',
  'noVisitDays',
  'noSignDays',
  'extendDays',
  'maxSelfExtensions',
  'reclaimCooldownDays',
  'remindBeforeDays',
] as const;

/** Each pool's rules, editable by tenant admins, and a preview of what the sweep would recycle. */
export default function PoolRulesPage() {
  const { t } = useTranslation();
  const pools = useQuery({ queryKey: ['pools'], queryFn: () => call(api.GET('/api/v1/pools')) });
  return (
    <div>
      <div className="page-header">
        <h1>{t('desktop.menu.poolRules')}</h1>
      </div>
      <QueryState query={pools} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <Tabs
            items={data.items.map((pool) => ({
              key: pool.id,
              label: <span translate="no">{pool.name}</span>,
              children: <PoolRules pool={pool} />,
            }))}
          />
        )}
      </QueryState>
      <SweepPreview />
    </div>
  );
}

function PoolRules({ pool }: { pool: Pool }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Rules>();
  const { label: tagLabel, tags: tagDefinitions } = useTagLabel();
  const save = useMutation({
    mutationFn: (rules: Rules) =>
      call(
        api.PUT('/api/v1/pools/{id}', {
          params: { path: { id: pool.id } },
          body: {
            name: pool.name,
            orgUnitIds: pool.orgUnitIds,
            rules: { ...rules, exemptTags: rules.exemptTags ?? [] },
            tagRules: pool.tagRules,
            ...(pool.rotateToPoolId ? { rotateToPoolId: pool.rotateToPoolId } : {}),
          } as never,
        }),
      ),
    onSuccess: () => {
      void message.success(t('states.saved'));
      void queryClient.invalidateQueries({ queryKey: ['pools'] });
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  return (
    <Card size="small">
      <Form form={form} layout="vertical" initialValues={pool.rules} onFinish={(rules) => save.mutate(rules)}>
        <Row gutter={16}>
          {NUMBER_RULES.map((rule) => (
            <Col span={6} key={rule}>
              <Form.Item name={rule} label={t(`desktop.poolRules.${rule}`)} rules={[{ required: true }]}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
          <Col span={12}>
            <Form.Item name="exemptTags" label={t('desktop.poolRules.exemptTags')}>
              <Select
                mode="tags"
                tokenSeparators={[',', ' ']}
                options={tagDefinitions.map((tag) => ({ value: tag.key, label: tagLabel(tag.key) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('actions.save')}
        </Button>
      </Form>
    </Card>
  );
}

function SweepPreview() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const users = useUsers();
  const [asOf, setAsOf] = useState<Dayjs>(() => dayjs().add(1, 'day'));
  const preview = useMutation({
    mutationFn: () =>
      call(api.POST('/api/v1/pool/sweep', { body: { dryRun: true, asOf: asOf.toISOString() } })),
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  return (
    <Card title={t('desktop.poolRules.previewTitle')} size="small" style={{ marginTop: 16 }}>
      <Space style={{ marginBottom: 12 }}>
        <span>{t('desktop.poolRules.asOf')}</span>
        <DatePicker showTime value={asOf} onChange={(value) => value && setAsOf(value)} allowClear={false} />
        <Button type="primary" loading={preview.isPending} onClick={() => preview.mutate()}>
          {t('desktop.poolRules.preview')}
        </Button>
      </Space>
      {preview.data && (
        <div data-testid="sweep-preview">
          <Statistic title={t('desktop.poolRules.wouldRecycle')} value={preview.data.count} />
          <Table
            rowKey="id"
            size="small"
            dataSource={preview.data.leads}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              {
                title: t('lead.name'),
                key: 'name',
                render: (_, row) => (
                  <Link to={`/leads/${row.id}`} translate="no">
                    {row.name}
                  </Link>
                ),
              },
              {
                title: t('lead.owner'),
                key: 'owner',
                render: (_, row) => <span translate="no">{users.nameOf(row.ownerId)}</span>,
              },
              {
                title: t('desktop.pool.reason'),
                key: 'reason',
                render: (_, row) => deadlineReasonText(row.reason, t),
              },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
