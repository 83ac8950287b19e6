import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Empty, Space, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../../../api/client.ts';
import type { Lead360 } from '../../../api/types.ts';
import { useMe } from '../../../auth/use-me.ts';
import { useTagLabel } from '../../../auth/use-tag-label.ts';
import { formatDateTime } from '../../../i18n/index.ts';
import { deadlineReasonText, eventReasonText } from '../../../lib/deadline.ts';
import { formatDistance } from '../../../lib/geo.ts';
import { CategoryText } from '../../../shared/CategoryText.tsx';
import { Countdown } from '../../components/Countdown.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { StatusTag } from '../../components/StatusTag.tsx';
import { useCities, useLeadFields, useUsers } from '../../lookups.ts';
import { CompetitorSection } from '../competitors/CompetitorSection.tsx';
import { LeadDeals } from '../deals/LeadDeals.tsx';
import { HandoverButton } from '../ops/Handover.tsx';
import { AddContact, StorePhone } from './ContactActions.tsx';
import { InterventionDetail } from './InterventionDetail.tsx';
import { LeadActions } from './LeadActions.tsx';
import { LeadContracts, LeadOpportunities } from './LeadPipeline.tsx';

/** The merchant page (360): everything GET /leads/:id returns, in tabs. */
export default function LeadDetailPage() {
  const { id = '' } = useParams();
  const lead = useQuery({
    queryKey: ['lead', id],
    queryFn: () => call(api.GET('/api/v1/leads/{id}', { params: { path: { id } } })),
  });
  return <QueryState query={lead}>{(data) => <LeadDetail lead={data} />}</QueryState>;
}

function LeadDetail({ lead }: { lead: Lead360 }) {
  const { t } = useTranslation();
  const { session, can } = useMe();
  const users = useUsers();
  const cities = useCities();
  const fields = useLeadFields();
  const tagLabel = useTagLabel().label;
  const owner =
    lead.ownerId === session?.user.id ? t('lead.you') : users.nameOf(lead.ownerId) || t('lead.noOwner');

  const overview = (
    <Descriptions bordered column={2} size="middle">
      <Descriptions.Item label={t('lead.status')}>
        <StatusTag status={lead.status} />
      </Descriptions.Item>
      <Descriptions.Item label={t('lead.owner')}>
        <span translate="no">{owner}</span>
      </Descriptions.Item>
      {lead.status === 'signed' && (
        <Descriptions.Item label={t('ops.handover.opsOwner')}>
          <span translate="no" data-testid="ops-owner">
            {lead.opsOwnerId
              ? lead.opsOwnerId === session?.user.id
                ? t('lead.you')
                : users.nameOf(lead.opsOwnerId)
              : t('ops.handover.none')}
          </span>
          {lead.handedOverAt && (
            <Typography.Text type="secondary"> · {formatDateTime(lead.handedOverAt)}</Typography.Text>
          )}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('lead.phone')}>
        <StorePhone
          leadId={lead.id}
          phone={lead.phone}
          masked={lead.phoneMasked}
          canReveal={can('leads.revealPhone')}
        />
      </Descriptions.Item>
      <Descriptions.Item label={t('lead.city')}>
        <span translate="no">{cities.nameOf(lead.cityId)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('lead.address')} span={2}>
        <span translate="no">{lead.address ?? '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('lead.category')}>
        <CategoryText category={lead.category} />
      </Descriptions.Item>
      <Descriptions.Item label={t('lead.channel')}>
        <span translate="no">{lead.channel}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('lead.tags')} span={2}>
        {lead.tags.length === 0
          ? '—'
          : lead.tags.map((tag) => (
              <Tag key={tag}>
                <span translate="no">{tagLabel(tag)}</span>
              </Tag>
            ))}
      </Descriptions.Item>
      {fields.fields.map((field) => (
        <Descriptions.Item key={field.key} label={fields.label(field)}>
          <span translate="no">{formatAttr(lead.attrs[field.key])}</span>
        </Descriptions.Item>
      ))}
      <Descriptions.Item label={t('lead.createdAt')}>{formatDateTime(lead.createdAt)}</Descriptions.Item>
      <Descriptions.Item label={t('lead.updatedAt')}>{formatDateTime(lead.updatedAt)}</Descriptions.Item>
    </Descriptions>
  );

  const pool = (
    <Descriptions bordered column={1} size="middle">
      <Descriptions.Item label={t('lead.status')}>
        <StatusTag status={lead.status} />
      </Descriptions.Item>
      <Descriptions.Item label={t('lead.owner')}>
        <span translate="no">{owner}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('deadline.label')}>
        <Space direction="vertical" size={0}>
          <Countdown deadlineAt={lead.deadlineAt} reason={lead.deadlineReason} />
          {lead.deadlineAt && <span>{formatDateTime(lead.deadlineAt)}</span>}
          {lead.deadlineReason && (
            <Typography.Text type="secondary">{deadlineReasonText(lead.deadlineReason, t)}</Typography.Text>
          )}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('lead.claimedAt')}>
        {formatDateTime(lead.claimedAt) || '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('lead.lastVisitAt')}>
        {formatDateTime(lead.lastVisitAt) || '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('lead.extensionsUsed')}>{lead.extensionsUsed}</Descriptions.Item>
    </Descriptions>
  );

  const contacts = (
    <div>
      <div style={{ marginBottom: 12 }}>
        <AddContact leadId={lead.id} />
      </div>
      <Table
        rowKey="id"
        pagination={false}
        dataSource={lead.contacts}
        locale={{ emptyText: <Empty description={t('contact.none')} /> }}
        columns={[
          { title: t('contact.name'), key: 'name', render: (_, c) => <span translate="no">{c.name}</span> },
          {
            title: t('contact.position'),
            key: 'title',
            render: (_, c) => <span translate="no">{c.title ?? '—'}</span>,
          },
          {
            title: t('contact.phone'),
            key: 'phone',
            render: (_, c) => <span translate="no">{c.phone ?? '—'}</span>,
          },
          {
            title: t('contact.keyPerson'),
            key: 'kp',
            render: (_, c) => (c.isKeyPerson ? <Tag color="blue">KP</Tag> : ''),
          },
        ]}
      />
    </div>
  );

  const visits = (
    <Table
      rowKey="id"
      pagination={false}
      dataSource={lead.visits}
      locale={{ emptyText: <Empty description={t('mobile.merchant.noVisits')} /> }}
      columns={[
        { title: t('desktop.lead.at'), key: 'at', render: (_, v) => formatDateTime(v.at) },
        {
          title: t('desktop.lead.visitor'),
          key: 'user',
          render: (_, v) => <span translate="no">{users.nameOf(v.userId)}</span>,
        },
        {
          title: t('desktop.lead.kind'),
          key: 'kind',
          render: (_, v) => t(`visitKinds.${v.kind as 'first'}`, { defaultValue: v.kind }),
        },
        {
          title: t('desktop.lead.distance'),
          key: 'distance',
          render: (_, v) => (
            <Space>
              {v.distanceM === null ? '—' : formatDistance(v.distanceM, t)}
              {v.far && <Tag color="red">{t('desktop.lead.far')}</Tag>}
            </Space>
          ),
        },
        {
          title: t('desktop.lead.result'),
          key: 'result',
          render: (_, v) => <span translate="no">{v.result ?? ''}</span>,
        },
      ]}
    />
  );

  const history =
    lead.events.length === 0 ? (
      <Empty description={t('mobile.merchant.noHistory')} />
    ) : (
      <Timeline
        items={lead.events.map((event) => ({
          key: event.id,
          children: (
            <div>
              <strong>{t(`events.${event.kind as 'created'}`, { defaultValue: event.kind })}</strong>{' '}
              <Typography.Text type="secondary">
                {formatDateTime(event.at)} ·{' '}
                <span translate="no">{event.actorName || t('events.system')}</span>
              </Typography.Text>
              {event.reason && <div translate="no">{eventReasonText(event.reason, t)}</div>}
              <InterventionDetail event={event} />
            </div>
          ),
        }))}
      />
    );

  const duplicates = (
    <Table
      rowKey="id"
      pagination={false}
      dataSource={lead.duplicates}
      locale={{ emptyText: <Empty description={t('states.empty')} /> }}
      columns={[
        {
          title: t('lead.name'),
          key: 'name',
          render: (_, d) => (
            <Link to={`/leads/${d.id}`} translate="no">
              {d.name}
            </Link>
          ),
        },
        {
          title: t('lead.address'),
          key: 'address',
          render: (_, d) => <span translate="no">{d.address ?? '—'}</span>,
        },
        { title: t('lead.status'), key: 'status', render: (_, d) => <StatusTag status={d.status} /> },
        {
          title: t('desktop.lead.matchBy'),
          key: 'reason',
          render: (_, d) =>
            d.reason === 'phone' ? t('desktop.lead.reasonPhone') : t('desktop.lead.reasonName'),
        },
        { title: t('desktop.lead.score'), key: 'score', render: (_, d) => d.score.toFixed(2) },
        {
          title: t('lead.distance'),
          key: 'distance',
          render: (_, d) => (d.distanceM === null ? '—' : formatDistance(d.distanceM, t)),
        },
      ]}
    />
  );

  return (
    <div>
      <div className="page-header">
        <Space>
          <h1 translate="no" data-testid="lead-name">
            {lead.name}
          </h1>
          <StatusTag status={lead.status} />
        </Space>
        <Space>
          <LeadActions lead={lead} />
          <HandoverButton lead={lead} />
        </Space>
      </div>
      <Card>
        <Tabs
          items={[
            { key: 'overview', label: t('desktop.lead.overview'), children: overview },
            { key: 'pool', label: t('desktop.lead.pool'), children: pool },
            {
              key: 'opportunities',
              label: `${t('desktop.lead.opportunities')} (${lead.opportunities.length})`,
              children: <LeadOpportunities lead={lead} />,
            },
            {
              key: 'contracts',
              label: `${t('desktop.lead.contracts')} (${lead.contracts.length})`,
              children: <LeadContracts lead={lead} />,
            },
            {
              key: 'deals',
              label: `${t('desktop.lead.deals')} (${lead.deals.length})`,
              children: <LeadDeals lead={lead} />,
            },
            {
              key: 'competitors',
              label: t('competitors.merchant.title'),
              children: <CompetitorSection leadId={lead.id} />,
            },
            {
              key: 'contacts',
              label: `${t('desktop.lead.contacts')} (${lead.contacts.length})`,
              children: contacts,
            },
            { key: 'visits', label: `${t('desktop.lead.visits')} (${lead.visits.length})`, children: visits },
            { key: 'history', label: t('desktop.lead.history'), children: history },
            {
              key: 'duplicates',
              label: `${t('desktop.lead.duplicates')} (${lead.duplicates.length})`,
              children: duplicates,
            },
          ]}
        />
      </Card>
    </div>
  );
}

function formatAttr(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
