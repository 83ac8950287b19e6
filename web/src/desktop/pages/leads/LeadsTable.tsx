import { SettingOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, Dropdown, Input, Select, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import type { Lead } from '../../../api/types.ts';
import { useMe } from '../../../auth/use-me.ts';
import { useTagLabel } from '../../../auth/use-tag-label.ts';
import { formatDateTime } from '../../../i18n/index.ts';
import { CategoryText } from '../../../shared/CategoryText.tsx';
import { useCursorPages } from '../../../shared/use-cursor-pages.ts';
import { Countdown } from '../../components/Countdown.tsx';
import { StatusTag } from '../../components/StatusTag.tsx';
import { useCities, useLeadFields, useUsers } from '../../lookups.ts';
import { BulkActions } from './BulkActions.tsx';
import {
  filtersFromParams,
  filtersToParams,
  type LeadFilters,
  leadsQuery,
  type Scope,
  STATUSES,
} from './filters.ts';
import { SavedViews } from './SavedViews.tsx';

const COLUMN_KEY = 'groundwork.leadColumns';
const ALL_COLUMNS = [
  'status',
  'owner',
  'deadline',
  'city',
  'category',
  'phone',
  'address',
  'tags',
  'lastVisitAt',
  'createdAt',
] as const;
type ColumnKey = (typeof ALL_COLUMNS)[number];
const DEFAULT_COLUMNS: ColumnKey[] = [
  'status',
  'owner',
  'deadline',
  'city',
  'category',
  'phone',
  'lastVisitAt',
];

function savedColumns(): ColumnKey[] {
  try {
    const saved = JSON.parse(localStorage.getItem(COLUMN_KEY) ?? 'null') as ColumnKey[] | null;
    return saved?.filter((key) => (ALL_COLUMNS as readonly string[]).includes(key)) ?? DEFAULT_COLUMNS;
  } catch {
    return DEFAULT_COLUMNS;
  }
}

/**
 * The leads table behind the lead list and the pool views: server-side search, filters and
 * keyset paging, a column chooser, and bulk assign / take back for managers.
 */
export function LeadsTable({
  defaultScope = 'all',
  lockScope,
  status,
}: {
  defaultScope?: Scope;
  lockScope?: boolean;
  status?: Lead['status'];
}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { can, session } = useMe();
  const filters = filtersFromParams(params, defaultScope);
  if (lockScope) filters.scope = defaultScope;
  if (status) filters.status = status as LeadFilters['status'];
  const filterKey = filtersToParams(filters).toString();
  const pages = useCursorPages(filterKey);
  const [columns, setColumns] = useState<ColumnKey[]>(savedColumns);
  const [selected, setSelected] = useState<string[]>([]);
  const users = useUsers();
  const cities = useCities();
  const fields = useLeadFields();
  const { label: tagLabel, tags: tagDefinitions } = useTagLabel();

  const leads = useQuery({
    queryKey: ['leads', filterKey, pages.cursor],
    placeholderData: (previous) => previous,
    queryFn: () =>
      call(api.GET('/api/v1/leads', { params: { query: leadsQuery(filters, pages.cursor) as never } })),
  });

  const update = (change: Partial<LeadFilters>) => {
    setSelected([]);
    setParams(filtersToParams({ ...filters, ...change }), { replace: true });
  };
  const chooseColumns = (next: ColumnKey[]) => {
    setColumns(next);
    localStorage.setItem(COLUMN_KEY, JSON.stringify(next));
  };

  const tableColumns = useMemo(() => {
    const all: Record<ColumnKey, TableColumnsType<Lead>[number]> = {
      status: {
        title: t('lead.status'),
        key: 'status',
        width: 110,
        render: (_, lead) => <StatusTag status={lead.status} />,
      },
      owner: {
        title: t('lead.owner'),
        key: 'owner',
        width: 120,
        render: (_, lead) =>
          lead.ownerId === session?.user.id ? (
            t('lead.you')
          ) : (
            <span translate="no">{users.nameOf(lead.ownerId) || '—'}</span>
          ),
      },
      deadline: {
        title: t('desktop.leads.deadline'),
        key: 'deadline',
        width: 170,
        render: (_, lead) => <Countdown deadlineAt={lead.deadlineAt} reason={lead.deadlineReason} />,
      },
      city: {
        title: t('lead.city'),
        key: 'city',
        width: 100,
        render: (_, lead) => <span translate="no">{cities.nameOf(lead.cityId)}</span>,
      },
      category: {
        title: t('lead.category'),
        key: 'category',
        width: 100,
        render: (_, lead) => <CategoryText category={lead.category} />,
      },
      phone: {
        title: t('lead.phone'),
        key: 'phone',
        width: 140,
        render: (_, lead) => <span translate="no">{lead.phone ?? '—'}</span>,
      },
      address: {
        title: t('lead.address'),
        key: 'address',
        ellipsis: true,
        render: (_, lead) => <span translate="no">{lead.address ?? '—'}</span>,
      },
      tags: {
        title: t('lead.tags'),
        key: 'tags',
        render: (_, lead) =>
          lead.tags.map((tag) => (
            <Tag key={tag}>
              <span translate="no">{tagLabel(tag)}</span>
            </Tag>
          )),
      },
      lastVisitAt: {
        title: t('lead.lastVisitAt'),
        key: 'lastVisitAt',
        width: 170,
        render: (_, lead) => formatDateTime(lead.lastVisitAt) || '—',
      },
      createdAt: {
        title: t('lead.createdAt'),
        key: 'createdAt',
        width: 170,
        render: (_, lead) => formatDateTime(lead.createdAt),
      },
    };
    return [
      {
        title: t('lead.name'),
        key: 'name',
        fixed: 'left' as const,
        width: 240,
        render: (_: unknown, lead: Lead) => (
          <Link to={`/leads/${lead.id}`} translate="no">
            {lead.name}
          </Link>
        ),
      },
      ...columns.map((key) => all[key]),
    ];
  }, [columns, t, session, users, cities, tagLabel]);

  const canBulk = can('leads.assign') || can('leads.handover');
  const scopes: Scope[] = can('leads.assign') ? ['all', 'mine', 'team', 'public'] : ['all', 'mine', 'public'];

  return (
    <div>
      <div className="filter-bar">
        <Input.Search
          allowClear
          style={{ width: 280 }}
          placeholder={t('desktop.leads.search')}
          defaultValue={filters.q}
          onSearch={(q) => update({ q: q.trim() || undefined })}
          aria-label={t('actions.search')}
        />
        {!lockScope && (
          <Select
            style={{ width: 140 }}
            value={filters.scope}
            onChange={(scope) => update({ scope })}
            options={scopes.map((value) => ({ value, label: t(`desktop.leads.scope.${value}`) }))}
            aria-label={t('desktop.leads.scope.all')}
          />
        )}
        {!status && (
          <Select
            style={{ width: 130 }}
            allowClear
            placeholder={t('desktop.leads.anyStatus')}
            value={filters.status}
            onChange={(value) => update({ status: value })}
            options={STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
          />
        )}
        <Select
          style={{ width: 140 }}
          allowClear
          placeholder={t('desktop.leads.city')}
          value={filters.cityId}
          onChange={(cityId) => update({ cityId })}
          options={cities.cities.map((city) => ({ value: city.id, label: city.name }))}
        />
        <Select
          style={{ width: 160 }}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('desktop.leads.owner')}
          value={filters.ownerId}
          onChange={(ownerId) => update({ ownerId })}
          options={users.users.map((user) => ({ value: user.id, label: user.displayName }))}
        />
        <Select
          style={{ width: 150 }}
          allowClear
          placeholder={t('desktop.leads.tag')}
          value={filters.tag}
          onChange={(tag) => update({ tag })}
          options={tagDefinitions.map((tag) => ({ value: tag.key, label: tagLabel(tag.key) }))}
        />
        {fields.fields
          .filter((field) => field.type === 'enum' || field.type === 'text')
          .slice(0, 4)
          .map((field) =>
            field.options.length > 0 ? (
              <Select
                key={field.key}
                style={{ width: 140 }}
                allowClear
                placeholder={fields.label(field)}
                value={filters.attrs[field.key]}
                onChange={(value) => update({ attrs: { ...filters.attrs, [field.key]: value ?? '' } })}
                options={field.options.map((option) => ({
                  value: option.value,
                  label: fields.label(option),
                }))}
              />
            ) : (
              <Input
                key={field.key}
                style={{ width: 140 }}
                allowClear
                placeholder={fields.label(field)}
                defaultValue={filters.attrs[field.key]}
                onPressEnter={(event) =>
                  update({ attrs: { ...filters.attrs, [field.key]: event.currentTarget.value.trim() } })
                }
              />
            ),
          )}
        <Button onClick={() => setParams(new URLSearchParams(), { replace: true })}>
          {t('actions.reset')}
        </Button>
        <SavedViews />
        <Dropdown
          trigger={['click']}
          popupRender={() => (
            <div
              style={{
                background: '#fff',
                padding: 12,
                boxShadow: '0 6px 16px rgba(0,0,0,.12)',
                borderRadius: 8,
              }}
            >
              <Checkbox.Group
                style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
                value={columns}
                onChange={(values) => chooseColumns(ALL_COLUMNS.filter((key) => values.includes(key)))}
                options={ALL_COLUMNS.map((key) => ({
                  value: key,
                  label: key === 'deadline' ? t('desktop.leads.deadline') : t(`lead.${key}`),
                }))}
              />
            </div>
          )}
        >
          <Button icon={<SettingOutlined />}>{t('desktop.leads.columns')}</Button>
        </Dropdown>
      </div>
      {canBulk && (
        <div style={{ marginBottom: 8 }}>
          <BulkActions ids={selected} filters={filters} onDone={() => setSelected([])} />
        </div>
      )}
      <Table<Lead>
        rowKey="id"
        size="middle"
        virtual
        scroll={{ x: 1200, y: 560 }}
        loading={leads.isFetching}
        dataSource={leads.data?.items ?? []}
        columns={tableColumns}
        pagination={false}
        rowSelection={
          canBulk
            ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }
            : undefined
        }
        locale={{ emptyText: leads.isError ? <ErrorText error={leads.error} /> : undefined }}
      />
      <Space style={{ marginTop: 12, justifyContent: 'flex-end', width: '100%' }}>
        <span data-testid="page-number">{t('desktop.leads.page', { page: pages.page })}</span>
        <Button onClick={pages.previous} disabled={pages.page === 1}>
          {t('desktop.leads.previous')}
        </Button>
        <Button onClick={() => pages.next(leads.data?.nextCursor)} disabled={!leads.data?.nextCursor}>
          {t('desktop.leads.next')}
        </Button>
        <Select
          value={filters.limit}
          onChange={(limit) => update({ limit })}
          options={[20, 50, 100, 200].map((size) => ({
            value: size,
            label: t('desktop.leads.pageSize', { size }),
          }))}
        />
      </Space>
    </div>
  );
}

function ErrorText({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return <span role="alert">{errorMessage(error, t)}</span>;
}
