import { useMutation, useQuery } from '@tanstack/react-query';
import type { ButtonProps } from 'antd';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Segmented,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import { useLanguage } from '../../../shared/use-language.ts';
import { useCities, useUsers } from '../../lookups.ts';
import { filtersToParams, type LeadFilters, STATUSES } from '../leads/filters.ts';
import type { CampaignBody, Preview, Template } from './types.ts';

interface Values {
  name: string;
  target: 'leads' | 'deals';
  templateKey?: string | null;
  scope: LeadFilters['scope'];
  q?: string;
  status?: string;
  tag?: string;
  cityId?: string;
  ownerId?: string;
  dealQ?: string;
  dealStatus?: string;
  dealCityId?: string;
  minPrice?: number;
  maxPrice?: number;
  kind: string;
  title: string;
  instructions?: string;
  dueInDays: number;
}

const DEAL_STATUSES = ['draft', 'pending_audit', 'rejected', 'online', 'offline'];

/** The form's filter as the leads list has it (same fields, same names: the server parses both alike). */
function bodyOf(v: Values): CampaignBody {
  const target =
    v.target === 'leads'
      ? {
          leadFilter: Object.fromEntries(
            filtersToParams({
              scope: v.scope ?? 'all',
              q: v.q || undefined,
              status: (v.status || undefined) as LeadFilters['status'],
              tag: v.tag || undefined,
              cityId: v.cityId,
              ownerId: v.ownerId,
              attrs: {},
              limit: 50,
            }),
          ),
        }
      : {
          dealFilter: {
            ...(v.dealQ ? { q: v.dealQ } : {}),
            ...(v.dealStatus ? { status: v.dealStatus } : {}),
            ...(v.dealCityId ? { cityId: v.dealCityId } : {}),
            ...(v.minPrice !== undefined && v.minPrice !== null ? { minPrice: v.minPrice } : {}),
            ...(v.maxPrice !== undefined && v.maxPrice !== null ? { maxPrice: v.maxPrice } : {}),
          },
        };
  return {
    name: v.name,
    target: v.target,
    ...(target as object),
    templateKey: v.templateKey ?? null,
    task: { kind: v.kind, title: v.title, instructions: v.instructions || null, dueInDays: v.dueInDays },
  } as CampaignBody;
}

/** Define a campaign: filter, task template (or a ready-made one), preview, save, launch. */
export default function CampaignEditorPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const language = useLanguage();
  const { id } = useParams();
  const [form] = Form.useForm<Values>();
  const target = Form.useWatch('target', form) ?? 'leads';
  const [preview, setPreview] = useState<Preview | null>(null);
  const [confirming, setConfirming] = useState(false);
  const cities = useCities();
  const users = useUsers();
  const templates = useQuery({
    queryKey: ['campaign-templates'],
    queryFn: () => call(api.GET('/api/v1/campaign-templates')),
  });
  const existing = useQuery({
    queryKey: ['campaign', id],
    enabled: id !== undefined,
    queryFn: () => call(api.GET('/api/v1/campaigns/{id}', { params: { path: { id: id! } } })),
  });
  useEffect(() => {
    const c = existing.data;
    if (!c) return;
    const lf = (c.leadFilter ?? {}) as Record<string, string>;
    const df = (c.dealFilter ?? {}) as Record<string, string | number>;
    form.setFieldsValue({
      name: c.name,
      target: c.target === 'deals' ? 'deals' : 'leads',
      templateKey: c.templateKey,
      scope: (lf.scope as LeadFilters['scope']) ?? 'all',
      q: lf.q,
      status: lf.status,
      tag: lf.tag,
      cityId: lf.cityId,
      ownerId: lf.ownerId,
      dealQ: df.q as string | undefined,
      dealStatus: df.status as string | undefined,
      dealCityId: df.cityId as string | undefined,
      minPrice: df.minPrice as number | undefined,
      maxPrice: df.maxPrice as number | undefined,
      kind: c.task.kind,
      title: c.task.title,
      instructions: c.task.instructions ?? undefined,
      dueInDays: c.task.dueInDays,
    });
  }, [existing.data, form]);

  const applyTemplate = (key: string | undefined) => {
    const tpl = templates.data?.items.find((x: Template) => x.key === key);
    if (!tpl) return form.setFieldValue('templateKey', null);
    const text = (pair: { zh: string; en: string }) => (language === 'en-US' ? pair.en : pair.zh);
    const lf = (tpl.leadFilter ?? {}) as Record<string, string>;
    const df = (tpl.dealFilter ?? {}) as Record<string, string>;
    form.setFieldsValue({
      templateKey: tpl.key,
      name: form.getFieldValue('name') || text(tpl.name),
      target: tpl.target === 'deals' ? 'deals' : 'leads',
      scope: 'all',
      tag: lf.tag,
      status: lf.status,
      dealStatus: df.status,
      kind: tpl.task.kind,
      title: text(tpl.task.title),
      instructions: text(tpl.task.instructions),
      dueInDays: tpl.task.dueInDays,
    });
    setPreview(null);
  };

  const previewing = useMutation({
    mutationFn: async () => {
      const v = await form.validateFields();
      const { leadFilter, dealFilter } = bodyOf(v) as { leadFilter?: object; dealFilter?: object };
      return call(
        api.POST('/api/v1/campaigns/preview', {
          body: { target: v.target, ...(leadFilter ? { leadFilter } : { dealFilter }) } as never,
        }),
      );
    },
    onSuccess: setPreview,
    onError: (error) => void message.error(errorMessage(error, t)),
  });

  const save = useMutation({
    mutationFn: async (launch: boolean) => {
      const body = bodyOf(await form.validateFields());
      const saved = id
        ? await call(api.PUT('/api/v1/campaigns/{id}', { params: { path: { id } }, body }))
        : await call(api.POST('/api/v1/campaigns', { body }));
      if (!launch) return { saved, launched: null };
      const launched = await call(
        api.POST('/api/v1/campaigns/{id}/launch', { params: { path: { id: saved.id } } }),
      );
      return { saved, launched };
    },
    onSuccess: ({ saved, launched }) => {
      setConfirming(false);
      if (launched) {
        void message.success(t('campaigns.editor.launched', { count: launched.created }));
        navigate(`/campaigns/${saved.id}`);
      } else {
        void message.success(t('states.saved'));
        if (!id) navigate(`/campaigns/${saved.id}/edit`, { replace: true });
      }
    },
    onError: (error) => {
      setConfirming(false);
      void message.error(errorMessage(error, t));
    },
  });

  const locked = existing.data?.status === 'launched';
  return (
    <div>
      <div className="page-header">
        <Space orientation="vertical" size={0}>
          <h1>{id ? t('campaigns.editor.editTitle') : t('campaigns.editor.newTitle')}</h1>
          <Typography.Text type="secondary">{t('campaigns.editor.hint')}</Typography.Text>
        </Space>
      </div>
      {locked && (
        <Alert type="info" showIcon title={t('campaigns.editor.locked')} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={locked}
        initialValues={{ target: 'leads', scope: 'all', dueInDays: 7, kind: 'visit' }}
        onValuesChange={() => setPreview(null)}
      >
        <Row gutter={16}>
          <Col xs={24} lg={14}>
            <Card title={t('campaigns.editor.what')} size="small" style={{ marginBottom: 16 }}>
              <Form.Item label={t('campaigns.editor.template')} name="templateKey">
                <Select
                  allowClear
                  data-testid="template-picker"
                  placeholder={t('campaigns.editor.templatePlaceholder')}
                  onChange={(key) => applyTemplate(key as string | undefined)}
                  options={(templates.data?.items ?? []).map((tpl) => ({
                    value: tpl.key,
                    label: language === 'en-US' ? tpl.name.en : tpl.name.zh,
                  }))}
                />
              </Form.Item>
              <Form.Item
                label={t('campaigns.fields.name')}
                name="name"
                rules={[{ required: true, whitespace: true, message: t('campaigns.editor.required') }]}
              >
                <Input maxLength={200} data-testid="campaign-name" />
              </Form.Item>
              <Form.Item label={t('campaigns.fields.target')} name="target">
                <Segmented
                  options={[
                    { value: 'leads', label: t('campaigns.targets.leads') },
                    { value: 'deals', label: t('campaigns.targets.deals') },
                  ]}
                />
              </Form.Item>
              {target === 'leads' ? (
                <Row gutter={12}>
                  <Col span={12}>
                    <Form.Item label={t('desktop.leads.tag')} name="tag">
                      <Input placeholder="price_disadvantage" data-testid="filter-tag" />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item label={t('campaigns.editor.nameContains')} name="q">
                      <Input maxLength={50} />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item label={t('campaigns.editor.leadStatus')} name="status">
                      <Select
                        allowClear
                        options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item label={t('desktop.leads.city')} name="cityId">
                      <Select
                        allowClear
                        options={cities.cities.map((c) => ({ value: c.id, label: c.name }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item label={t('campaigns.editor.owner')} name="ownerId">
                      <Select
                        allowClear
                        showSearch={{ optionFilterProp: 'label' }}
                        options={users.users.map((u) => ({ value: u.id, label: u.displayName }))}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              ) : (
                <Row gutter={12}>
                  <Col span={12}>
                    <Form.Item label={t('campaigns.editor.dealText')} name="dealQ">
                      <Input maxLength={50} />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item label={t('campaigns.editor.dealStatus')} name="dealStatus">
                      <Select
                        allowClear
                        options={DEAL_STATUSES.map((s) => ({
                          value: s,
                          label: t(`pipeline.deal.statuses.${s as 'draft'}`),
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item label={t('desktop.leads.city')} name="dealCityId">
                      <Select
                        allowClear
                        options={cities.cities.map((c) => ({ value: c.id, label: c.name }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item label={t('campaigns.editor.minPrice')} name="minPrice">
                      <InputNumber min={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item label={t('campaigns.editor.maxPrice')} name="maxPrice">
                      <InputNumber min={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                </Row>
              )}
            </Card>
            <Card title={t('campaigns.editor.task')} size="small">
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item
                    label={t('campaigns.fields.kind')}
                    name="kind"
                    rules={[
                      { required: true, pattern: /^[a-z_]{1,40}$/, message: t('campaigns.editor.kindRule') },
                    ]}
                  >
                    <Input />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item
                    label={t('campaigns.fields.dueInDays')}
                    name="dueInDays"
                    rules={[{ required: true }]}
                  >
                    <InputNumber min={0} max={365} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                label={t('campaigns.fields.taskTitle')}
                name="title"
                rules={[{ required: true, whitespace: true, message: t('campaigns.editor.required') }]}
              >
                <Input maxLength={200} data-testid="task-title" />
              </Form.Item>
              <Form.Item label={t('campaigns.fields.instructions')} name="instructions">
                <Input.TextArea rows={4} maxLength={4000} />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <Card title={t('campaigns.editor.preview')} size="small" data-testid="preview-card">
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Button
                  onClick={() => previewing.mutate()}
                  loading={previewing.isPending}
                  data-testid="preview"
                >
                  {t('campaigns.editor.previewButton')}
                </Button>
                {preview && (
                  <>
                    <Space size="large">
                      <Statistic
                        title={t('campaigns.editor.matched')}
                        value={preview.matched}
                        data-testid="preview-count"
                      />
                      <Statistic title={t('campaigns.editor.unassigned')} value={preview.unassigned} />
                    </Space>
                    <Table
                      size="small"
                      rowKey="leadId"
                      pagination={false}
                      dataSource={preview.sample}
                      columns={[
                        {
                          title: t('campaigns.editor.merchant'),
                          dataIndex: 'name',
                          render: (name: string) => <span translate="no">{name}</span>,
                        },
                        {
                          title: t('campaigns.editor.assignee'),
                          render: (_, s) => (
                            <Space size={4}>
                              <span translate="no">{s.assigneeName ?? '—'}</span>
                              <Tag>{t(`campaigns.keepers.${s.keeper as 'bd' | 'ops' | 'city_manager'}`)}</Tag>
                            </Space>
                          ),
                        },
                      ]}
                    />
                  </>
                )}
              </Space>
            </Card>
          </Col>
        </Row>
        {!locked && (
          <Space style={{ marginTop: 16 }}>
            <Button onClick={() => save.mutate(false)} loading={save.isPending && !confirming}>
              {t('campaigns.editor.saveDraft')}
            </Button>
            <Button
              type="primary"
              data-testid="launch"
              onClick={async () => {
                await form.validateFields();
                if (!preview) previewing.mutate();
                setConfirming(true);
              }}
            >
              {t('campaigns.editor.launch')}
            </Button>
          </Space>
        )}
      </Form>
      <Modal
        open={confirming}
        title={t('campaigns.editor.confirmTitle')}
        okText={t('campaigns.editor.launch')}
        okButtonProps={{ 'data-testid': 'confirm-launch' } as ButtonProps}
        confirmLoading={save.isPending}
        onOk={() => save.mutate(true)}
        onCancel={() => setConfirming(false)}
      >
        {preview
          ? t('campaigns.editor.confirmText', { count: preview.matched, unassigned: preview.unassigned })
          : t('states.loading')}
      </Modal>
    </div>
  );
}
