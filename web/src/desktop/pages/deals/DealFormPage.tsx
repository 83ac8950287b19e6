import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  DatePicker,
  Divider,
  Form,
  Input,
  InputNumber,
  Result,
  Select,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, call } from '../../../api/client.ts';
import type { DealWithHistory, Lead360 } from '../../../api/types.ts';
import { amountInput } from '../../../lib/money.ts';
import { attrsToSend, CustomFieldInputs } from '../../components/CustomFields.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useFields } from '../../lookups.ts';
import { useMerchant } from '../contracts/ContractDetails.tsx';
import { DealItemsInput } from './DealItemsInput.tsx';
import { RejectionNotice } from './DealParts.tsx';
import { discountPercent, worksOnDeals } from './deal-rules.ts';
import { dealErrorMessage, invalidateDealViews, useChecklist, useDeal, useDealViewer } from './queries.ts';

export interface DealValues {
  title: string;
  contractId?: string | null;
  items: { name: string; quantity: number; price?: number | null }[];
  listPrice: number;
  dealPrice: number;
  minGroupSize: number;
  validity: [Dayjs, Dayjs];
  attrs?: Record<string, unknown>;
}

const IN_FORCE = new Set(['signed', 'active']);

/** Drafting a deal for a signed merchant (/deals/new?leadId=…) or revising one (/deals/:id/edit). */
export default function DealFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const existing = useDeal(id ?? null);
  const leadId = id ? existing.data?.leadId : (params.get('leadId') ?? undefined);
  const merchant = useMerchant(leadId);
  const { t } = useTranslation();
  if (id && !existing.data) return <QueryState query={existing}>{() => null}</QueryState>;
  if (!leadId)
    return (
      <Result
        status="info"
        title={t('deals.form.pickMerchant')}
        extra={<Link to="/leads?status=signed">{t('desktop.menu.allLeads')}</Link>}
      />
    );
  return <QueryState query={merchant}>{(lead) => <DealForm lead={lead} deal={existing.data} />}</QueryState>;
}

function DealForm({ lead, deal }: { lead: Lead360; deal?: DealWithHistory }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const viewer = useDealViewer();
  const checklist = useChecklist();
  const fields = useFields('deal');
  const [form] = Form.useForm<DealValues>();
  const listPrice = Form.useWatch('listPrice', form);
  const dealPrice = Form.useWatch('dealPrice', form);
  const contracts = lead.contracts.filter((c) => IN_FORCE.has(c.status) || c.id === deal?.contractId);
  const off =
    typeof listPrice === 'number' && typeof dealPrice === 'number'
      ? discountPercent(listPrice, dealPrice)
      : null;

  const initial: Partial<DealValues> = deal
    ? {
        title: deal.title,
        contractId: deal.contractId,
        items: deal.items,
        listPrice: deal.listPrice,
        dealPrice: deal.dealPrice,
        minGroupSize: deal.minGroupSize,
        validity: [dayjs(deal.validFrom), dayjs(deal.validTo)],
        attrs: deal.attrs,
      }
    : {
        contractId: contracts.find((c) => IN_FORCE.has(c.status))?.id ?? null,
        items: [{ name: '', quantity: 1 }],
        minGroupSize: 1,
        validity: [dayjs(), dayjs().add(3, 'month').subtract(1, 'day')],
      };

  const save = useMutation({
    mutationFn: async ({ values, submit }: { values: DealValues; submit: boolean }) => {
      const body = {
        title: values.title.trim(),
        items: values.items.map((item) => ({
          name: item.name.trim(),
          quantity: item.quantity,
          ...(typeof item.price === 'number' ? { price: item.price } : {}),
        })),
        listPrice: values.listPrice,
        dealPrice: values.dealPrice,
        minGroupSize: values.minGroupSize,
        validFrom: values.validity[0].format('YYYY-MM-DD'),
        validTo: values.validity[1].format('YYYY-MM-DD'),
        contractId: values.contractId ?? null,
        attrs: attrsToSend(values.attrs, fields.fields, deal !== undefined),
      };
      const saved = deal
        ? await call(api.PATCH('/api/v1/deals/{id}', { params: { path: { id: deal.id } }, body }))
        : await call(api.POST('/api/v1/leads/{id}/deals', { params: { path: { id: lead.id } }, body }));
      if (!submit) return { id: saved.id, submitted: false, refusal: undefined };
      try {
        await call(api.POST('/api/v1/deals/{id}/submit', { params: { path: { id: saved.id } }, body: {} }));
        return { id: saved.id, submitted: true, refusal: undefined };
      } catch (refusal) {
        // Saved but not submitted: go to the saved deal (staying here would draft it twice).
        return { id: saved.id, submitted: false, refusal };
      }
    },
    onSuccess: ({ id, submitted, refusal }) => {
      if (refusal) void message.error(dealErrorMessage(refusal, t, checklist.label));
      else void message.success(submitted ? t('deals.actions.submitted') : t('deals.form.saved'));
      invalidateDealViews(queryClient);
      navigate(`/deals/${id}`);
    },
    onError: (error) => void message.error(dealErrorMessage(error, t, checklist.label)),
  });

  const finish = async (submit: boolean) => {
    const values = await form.validateFields();
    save.mutate({ values, submit });
  };

  if (deal && deal.status !== 'draft' && deal.status !== 'rejected')
    return (
      <Result
        status="info"
        title={t('deals.form.notEditable')}
        extra={<Link to={`/deals/${deal.id}`}>{t('actions.back')}</Link>}
      />
    );
  if (!deal && (lead.status !== 'signed' || !worksOnDeals(lead, viewer)))
    return (
      <Result
        status="warning"
        title={lead.status !== 'signed' ? t('deals.needsSigned') : t('deals.needsWorker')}
        extra={<Link to={`/leads/${lead.id}`}>{lead.name}</Link>}
      />
    );

  return (
    <div>
      <div className="page-header">
        <Space orientation="vertical" size={0}>
          <h1>{deal ? t('deals.form.editTitle') : t('deals.form.newTitle')}</h1>
          <Link to={`/leads/${lead.id}`} translate="no">
            {lead.name}
          </Link>
        </Space>
      </div>
      {deal && <RejectionNotice deal={deal} />}
      <Card style={{ maxWidth: 960 }}>
        <Form form={form} layout="vertical" initialValues={initial} data-testid="deal-form">
          <Form.Item
            name="title"
            label={t('deals.field.title')}
            rules={[{ required: true, whitespace: true, message: t('deals.form.titleRequired') }]}
          >
            <Input maxLength={100} showCount />
          </Form.Item>
          <Form.Item name="contractId" label={t('deals.field.contract')} extra={t('deals.form.contractHint')}>
            <Select
              allowClear
              placeholder={t('deals.field.noContract')}
              style={{ maxWidth: 480 }}
              options={contracts.map((c) => ({
                value: c.id,
                label: (
                  <span>
                    <span translate="no">{c.title}</span> ·{' '}
                    {t(`pipeline.contract.statuses.${c.status as 'signed'}`)}
                  </span>
                ),
              }))}
            />
          </Form.Item>
          <DealItemsInput form={form} />
          <Space size={16} wrap align="start">
            <Form.Item
              name="listPrice"
              label={t('deals.field.listPrice')}
              rules={[{ required: true, message: t('deals.form.listPriceRequired') }]}
            >
              <InputNumber
                {...amountInput}
                min={0}
                max={1e9}
                precision={2}
                prefix="¥"
                style={{ width: 180 }}
              />
            </Form.Item>
            <Form.Item
              name="dealPrice"
              label={t('deals.field.dealPrice')}
              dependencies={['listPrice']}
              extra={off === null ? undefined : t('deals.off', { off })}
              rules={[
                { required: true, message: t('deals.form.dealPriceRequired') },
                ({ getFieldValue }) => ({
                  validator: (_, value?: number) => {
                    const list = getFieldValue('listPrice') as number | undefined;
                    return typeof value === 'number' && typeof list === 'number' && value > list
                      ? Promise.reject(new Error(t('deals.form.priceAboveList')))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <InputNumber
                {...amountInput}
                min={0}
                max={1e9}
                precision={2}
                prefix="¥"
                style={{ width: 180 }}
              />
            </Form.Item>
            <Form.Item name="minGroupSize" label={t('deals.field.minGroupSize')}>
              <InputNumber min={1} max={10_000} precision={0} style={{ width: 140 }} />
            </Form.Item>
            <Form.Item
              name="validity"
              label={t('deals.field.validity')}
              rules={[
                { required: true, message: t('deals.form.validityRequired') },
                {
                  validator: (_, value?: [Dayjs, Dayjs]) =>
                    value?.[1].isBefore(dayjs(), 'day')
                      ? Promise.reject(new Error(t('deals.form.validityPast')))
                      : Promise.resolve(),
                },
              ]}
            >
              <DatePicker.RangePicker
                allowClear={false}
                placeholder={[t('deals.field.validFrom'), t('deals.field.validTo')]}
              />
            </Form.Item>
          </Space>
          {fields.fields.length > 0 && (
            <>
              <Divider titlePlacement="start">
                <Typography.Text type="secondary">{t('deals.form.customFields')}</Typography.Text>
              </Divider>
              <CustomFieldInputs fields={fields.fields} label={fields.label} />
            </>
          )}
          <Space>
            <Button onClick={() => void finish(false)} loading={save.isPending && !save.variables?.submit}>
              {t('deals.form.saveDraft')}
            </Button>
            <Button
              type="primary"
              onClick={() => void finish(true)}
              loading={save.isPending && save.variables?.submit}
            >
              {t('deals.form.saveAndSubmit')}
            </Button>
            <Button type="text" onClick={() => navigate(-1)}>
              {t('actions.cancel')}
            </Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
