import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import type { ContractWithTrail, Lead360 } from '../../../api/types.ts';
import { useMe } from '../../../auth/use-me.ts';
import { amountInput } from '../../../lib/money.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { roleLabel } from '../../role-label.ts';
import { useStages } from '../pipeline/queries.ts';
import { useMerchant } from './ContractDetails.tsx';
import { chainRules, expectedChain, lastRejection } from './contract-rules.ts';
import { invalidateContractViews, useContract } from './queries.ts';

interface Values {
  type: 'new' | 'renewal' | 'change';
  title: string;
  amount: number;
  commissionRate: number;
  term: [Dayjs, Dayjs];
  opportunityId?: string;
  terms?: string;
}

/** Drafting a contract for a merchant (/contracts/new?leadId=…) or revising one (/contracts/:id/edit). */
export default function ContractFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const existing = useContract(id ?? null);
  const leadId = id ? existing.data?.leadId : (params.get('leadId') ?? undefined);
  const merchant = useMerchant(leadId);
  const { t } = useTranslation();
  if (id && !existing.data) return <QueryState query={existing}>{() => null}</QueryState>;
  if (!leadId)
    return (
      <Result
        status="info"
        title={t('pipeline.contract.pickMerchant')}
        extra={<Link to="/pool/mine">{t('desktop.menu.myPool')}</Link>}
      />
    );
  return (
    <QueryState query={merchant}>
      {(lead) => (
        <ContractForm
          lead={lead}
          contract={existing.data}
          opportunityId={params.get('opportunityId') ?? undefined}
        />
      )}
    </QueryState>
  );
}

function ContractForm({
  lead,
  contract,
  opportunityId,
}: {
  lead: Lead360;
  contract?: ContractWithTrail;
  opportunityId?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { me } = useMe();
  const stages = useStages();
  const [form] = Form.useForm<Values>();
  const signed = lead.status === 'signed';
  const linked = lead.opportunities.find((o) => o.id === opportunityId);
  const amount = Form.useWatch('amount', form);
  const commissionRate = Form.useWatch('commissionRate', form);
  const chain =
    typeof amount === 'number' && typeof commissionRate === 'number'
      ? expectedChain(chainRules(me?.tenant.settings), { amount, commissionRate })
      : [];
  const rejection = contract?.status === 'rejected' ? lastRejection(contract.approvals) : undefined;

  const initial: Partial<Values> = contract
    ? {
        type: contract.type as Values['type'],
        title: contract.title,
        amount: contract.amount,
        commissionRate: contract.commissionRate,
        term: [dayjs(contract.startOn), dayjs(contract.endOn)],
        opportunityId: contract.opportunityId ?? undefined,
        terms: contract.terms ?? undefined,
      }
    : {
        type: signed ? 'renewal' : 'new',
        title: linked?.title ?? '',
        amount: linked?.amount ?? undefined,
        term: [dayjs(), dayjs().add(1, 'year').subtract(1, 'day')],
        opportunityId: linked?.id,
      };

  const save = useMutation({
    mutationFn: async ({ values, submit }: { values: Values; submit: boolean }) => {
      const fields = {
        title: values.title.trim(),
        amount: values.amount,
        commissionRate: values.commissionRate,
        startOn: values.term[0].format('YYYY-MM-DD'),
        endOn: values.term[1].format('YYYY-MM-DD'),
        terms: values.terms?.trim() ? values.terms : null,
      };
      const saved = contract
        ? await call(
            api.PATCH('/api/v1/contracts/{id}', { params: { path: { id: contract.id } }, body: fields }),
          )
        : await call(
            api.POST('/api/v1/leads/{id}/contracts', {
              params: { path: { id: lead.id } },
              body: {
                ...fields,
                type: values.type,
                ...(values.opportunityId ? { opportunityId: values.opportunityId } : {}),
              },
            }),
          );
      if (!submit) return { id: saved.id, submitted: false, refusal: undefined };
      try {
        await call(
          api.POST('/api/v1/contracts/{id}/submit', { params: { path: { id: saved.id } }, body: {} }),
        );
        return { id: saved.id, submitted: true, refusal: undefined };
      } catch (refusal) {
        // The draft is saved: go to it (staying here would draft it twice), saying why it was not submitted.
        return { id: saved.id, submitted: false, refusal };
      }
    },
    onSuccess: ({ id, submitted, refusal }) => {
      if (refusal) void message.error(errorMessage(refusal, t));
      else void message.success(submitted ? t('pipeline.contract.submitted') : t('pipeline.contract.saved'));
      invalidateContractViews(queryClient);
      navigate(`/contracts/${id}`);
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });

  const finish = async (submit: boolean) => {
    const values = await form.validateFields();
    save.mutate({ values, submit });
  };

  return (
    <div>
      <div className="page-header">
        <Space orientation="vertical" size={0}>
          <h1>{contract ? t('pipeline.contract.editTitle') : t('pipeline.contract.newTitle')}</h1>
          <Link to={`/leads/${lead.id}`} translate="no">
            {lead.name}
          </Link>
        </Space>
      </div>
      {rejection && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('pipeline.contract.rejectedBy', { role: roleLabel(rejection.role, t) })}
          description={
            <span className="pre-wrap" translate="no">
              {rejection.comment}
            </span>
          }
        />
      )}
      <Card style={{ maxWidth: 880 }}>
        <Form form={form} layout="vertical" initialValues={initial} data-testid="contract-form">
          <Form.Item
            name="type"
            label={t('pipeline.contract.type')}
            extra={
              contract
                ? t('pipeline.contract.fixedAfterCreate')
                : signed
                  ? t('pipeline.contract.typeHintSigned')
                  : t('pipeline.contract.typeHintNew')
            }
          >
            <Radio.Group
              disabled={contract !== undefined}
              optionType="button"
              options={(['new', 'renewal', 'change'] as const).map((type) => ({
                value: type,
                label: t(`pipeline.contract.types.${type}`),
                disabled: type === 'new' ? signed : !signed,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('pipeline.contract.title')}
            rules={[{ required: true, whitespace: true, message: t('pipeline.contract.titleRequired') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Space size={16} wrap align="start">
            <Form.Item
              name="amount"
              label={t('pipeline.contract.amount')}
              rules={[{ required: true, message: t('pipeline.contract.amountRequired') }]}
            >
              <InputNumber
                {...amountInput}
                min={0}
                max={1e12}
                precision={2}
                step={1000}
                prefix="¥"
                style={{ width: 220 }}
              />
            </Form.Item>
            <Form.Item
              name="commissionRate"
              label={t('pipeline.contract.commissionRate')}
              rules={[{ required: true, message: t('pipeline.contract.rateRequired') }]}
            >
              <InputNumber min={0} max={100} precision={2} step={0.5} suffix="%" style={{ width: 160 }} />
            </Form.Item>
            <Form.Item
              name="term"
              label={t('pipeline.contract.term')}
              rules={[{ required: true, message: t('pipeline.contract.termRequired') }]}
            >
              <DatePicker.RangePicker
                allowClear={false}
                placeholder={[t('pipeline.contract.startOn'), t('pipeline.contract.endOn')]}
              />
            </Form.Item>
          </Space>
          <Form.Item
            name="opportunityId"
            label={t('pipeline.contract.opportunity')}
            extra={contract ? t('pipeline.contract.fixedAfterCreate') : undefined}
          >
            <Select
              allowClear
              disabled={contract !== undefined}
              placeholder={t('pipeline.contract.noOpportunity')}
              options={lead.opportunities
                .filter((o) => !stages.stageOf(o.stageKey)?.isLost)
                .map((o) => ({
                  value: o.id,
                  label: (
                    <span>
                      <span translate="no">{o.title}</span> · {stages.label(o.stageKey)}
                    </span>
                  ),
                }))}
            />
          </Form.Item>
          <Form.Item name="terms" label={t('pipeline.contract.terms')}>
            <Input.TextArea rows={6} maxLength={20_000} />
          </Form.Item>
          {chain.length > 0 && (
            <Typography.Paragraph type="secondary" data-testid="expected-chain">
              {t('pipeline.contract.expectedChain')}{' '}
              {chain.map((role, index) => (
                <span key={role}>
                  {index > 0 && ' → '}
                  <Tag>{roleLabel(role, t)}</Tag>
                </span>
              ))}
            </Typography.Paragraph>
          )}
          <Space>
            <Button onClick={() => void finish(false)} loading={save.isPending && !save.variables?.submit}>
              {t('pipeline.contract.saveDraft')}
            </Button>
            <Button
              type="primary"
              onClick={() => void finish(true)}
              loading={save.isPending && save.variables?.submit}
            >
              {t('pipeline.contract.saveAndSubmit')}
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
