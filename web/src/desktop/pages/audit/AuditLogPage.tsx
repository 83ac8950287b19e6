import { useQuery } from '@tanstack/react-query';
import { Button, Input, Select, Space, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import { formatDateTime } from '../../../i18n/index.ts';
import { useCursorPages } from '../../../shared/use-cursor-pages.ts';
import { AUDIT_OBJECTS, auditActionLabel, auditCodeLabel } from './audit-labels.ts';

/** Every write and every reveal of a masked field: who, what, when, from where. */
export default function AuditLogPage() {
  const { t } = useTranslation();
  const objectLabel = (code: string) => t(`desktop.audit.objects.${code}` as never);
  const actionLabel = (action: string) =>
    auditActionLabel(action, objectLabel, (code) => t(`desktop.audit.verbs.${code}` as never));
  const [action, setAction] = useState<string | undefined>();
  const [object, setObject] = useState<string | undefined>();
  const [actorKind, setActorKind] = useState<'user' | 'api_key' | 'system' | undefined>();
  const pages = useCursorPages(`${action}|${object}|${actorKind}`);
  const log = useQuery({
    queryKey: ['audit-log', action, object, actorKind, pages.cursor],
    placeholderData: (previous) => previous,
    queryFn: () =>
      call(
        api.GET('/api/v1/audit-log', {
          params: {
            query: {
              limit: 50,
              ...(action ? { action } : {}),
              ...(object ? { object } : {}),
              ...(actorKind ? { actorKind } : {}),
              ...(pages.cursor ? { cursor: pages.cursor } : {}),
            },
          },
        }),
      ),
  });
  return (
    <div>
      <div className="page-header">
        <h1>{t('desktop.menu.auditLog')}</h1>
      </div>
      <div className="filter-bar">
        <Input.Search
          allowClear
          style={{ width: 220 }}
          placeholder={t('desktop.audit.action')}
          onSearch={(value) => setAction(value.trim() || undefined)}
        />
        <Input.Search
          allowClear
          style={{ width: 180 }}
          placeholder={t('desktop.audit.object')}
          onSearch={(value) => setObject(value.trim() || undefined)}
        />
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('desktop.audit.actorKind')}
          value={actorKind}
          onChange={setActorKind}
          options={(['user', 'api_key', 'system'] as const).map((kind) => ({
            value: kind,
            label: t(`desktop.audit.kinds.${kind}`),
          }))}
        />
      </div>
      <Table
        rowKey="id"
        size="middle"
        loading={log.isFetching}
        dataSource={log.data?.items ?? []}
        pagination={false}
        locale={{
          emptyText: log.isError ? <span role="alert">{errorMessage(log.error, t)}</span> : undefined,
        }}
        expandable={{
          expandedRowRender: (row) => (
            <Typography.Paragraph code style={{ whiteSpace: 'pre-wrap', margin: 0 }} translate="no">
              {JSON.stringify(row.detail, null, 2)}
            </Typography.Paragraph>
          ),
        }}
        columns={[
          { title: t('desktop.lead.at'), key: 'at', width: 190, render: (_, row) => formatDateTime(row.at) },
          {
            title: t('desktop.audit.actor'),
            key: 'actor',
            // Today's name first; the username the entry recorded stays a hover away.
            render: (_, row) =>
              row.actorDisplayName && row.actorDisplayName !== row.actorName ? (
                <Tooltip title={<span translate="no">{row.actorName}</span>}>
                  <span translate="no">{row.actorDisplayName}</span>
                </Tooltip>
              ) : (
                <span translate="no">{row.actorName}</span>
              ),
          },
          {
            title: t('desktop.audit.actionColumn'),
            key: 'action',
            // The stored code stays at hand (hover) for whoever filters by it.
            render: (_, row) => (
              <Tooltip title={<code translate="no">{row.action}</code>}>
                <span data-testid="audit-action">{actionLabel(row.action)}</span>
              </Tooltip>
            ),
          },
          {
            title: t('desktop.audit.objectColumn'),
            key: 'object',
            render: (_, row) => (
              <span>
                {auditCodeLabel(row.object, AUDIT_OBJECTS, objectLabel)}
                {row.objectId ? <span translate="no">{` #${row.objectId}`}</span> : null}
              </span>
            ),
          },
          { title: 'IP', key: 'ip', render: (_, row) => <span translate="no">{row.ip ?? '—'}</span> },
        ]}
      />
      <Space style={{ marginTop: 12, justifyContent: 'flex-end', width: '100%' }}>
        <Button onClick={pages.previous} disabled={pages.page === 1}>
          {t('desktop.leads.previous')}
        </Button>
        <Button onClick={() => pages.next(log.data?.nextCursor)} disabled={!log.data?.nextCursor}>
          {t('desktop.leads.next')}
        </Button>
      </Space>
    </div>
  );
}
