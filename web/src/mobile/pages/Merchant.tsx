import { useQuery } from '@tanstack/react-query';
import { Button, Dialog, DotLoading, List, NavBar, Steps, Tag, TextArea, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, call } from '../../api/client.ts';
import type { Lead360 } from '../../api/types.ts';
import { useMe } from '../../auth/use-me.ts';
import { useTagLabel } from '../../auth/use-tag-label.ts';
import { formatDateTime } from '../../i18n/index.ts';
import { eventReasonText } from '../../lib/deadline.ts';
import { distanceM, formatDistance } from '../../lib/geo.ts';
import { CategoryText } from '../../shared/CategoryText.tsx';
import { AddContactButton } from '../components/AddContact.tsx';
import { DeadlineView } from '../components/DeadlineView.tsx';
import { ErrorState } from '../components/ErrorState.tsx';
import { StatusTag } from '../components/StatusTag.tsx';
import { useDevicePosition } from '../use-device-position.ts';
import { useLeadActions } from '../use-lead-actions.ts';

export default function Merchant() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const lead = useQuery({
    queryKey: ['lead', id],
    queryFn: () => call(api.GET('/api/v1/leads/{id}', { params: { path: { id } } })),
  });
  const back = () => (window.history.length > 1 ? navigate(-1) : navigate('/nearby'));

  return (
    <div>
      <NavBar onBack={back} backIcon>
        {t('mobile.merchant.title')}
      </NavBar>
      {lead.isPending && (
        <div className="page-loading" role="status">
          <DotLoading color="primary" />
        </div>
      )}
      {lead.isError && <ErrorState error={lead.error} onRetry={() => void lead.refetch()} />}
      {lead.data && <MerchantBody lead={lead.data} />}
    </div>
  );
}

function MerchantBody({ lead }: { lead: Lead360 }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can, session } = useMe();
  const { claim, release, extend } = useLeadActions();
  const device = useDevicePosition();
  const tagLabel = useTagLabel().label;
  const mine = lead.ownerId !== null && lead.ownerId === session?.user.id;
  const storeDistance =
    device.position && lead.lat !== null && lead.lng !== null
      ? distanceM(device.position, { lat: lead.lat, lng: lead.lng })
      : null;

  const askRelease = async () => {
    let reason = '';
    const ok = await Dialog.confirm({
      content: (
        <div>
          <p>{t('mobile.merchant.releaseConfirm')}</p>
          <TextArea
            placeholder={t('mobile.merchant.releaseReason')}
            onChange={(v) => (reason = v)}
            rows={2}
          />
        </div>
      ),
      confirmText: t('actions.confirm'),
      cancelText: t('actions.cancel'),
    });
    if (ok) release.mutate({ id: lead.id, reason: reason.trim() || undefined });
  };

  const askExtend = async () => {
    // Read from a local, not state: the dialog's promise resolves inside this call's closure.
    let reason = '';
    const ok = await Dialog.confirm({
      title: t('mobile.merchant.actions.extend'),
      content: (
        <TextArea
          placeholder={t('mobile.merchant.extendReason')}
          onChange={(value) => (reason = value)}
          rows={2}
        />
      ),
      confirmText: t('actions.confirm'),
      cancelText: t('actions.cancel'),
    });
    if (!ok) return;
    reason = reason.trim();
    if (!reason) {
      Toast.show({ content: t('mobile.merchant.extendReasonRequired') });
      return;
    }
    extend.mutate(
      { id: lead.id, reason },
      {
        onSuccess: (updated) =>
          Toast.show({
            icon: 'success',
            content: t('mobile.merchant.extended', { time: formatDateTime(updated.deadlineAt) }),
          }),
      },
    );
  };

  return (
    <div>
      <div className="card">
        <h2 translate="no" data-testid="merchant-name">
          {lead.name}
        </h2>
        <div className="store-row-title">
          <StatusTag status={lead.status} mine={mine} />
          {lead.category && (
            <Tag>
              <CategoryText category={lead.category} />
            </Tag>
          )}
          {lead.tags.map((tag) => (
            <Tag key={tag} color="default">
              <span translate="no">{tagLabel(tag)}</span>
            </Tag>
          ))}
        </div>
        {lead.address && (
          <div className="meta-line" translate="no">
            {lead.address}
          </div>
        )}
        {storeDistance !== null && (
          <div className="meta-line">
            {t('mobile.merchant.distanceToStore', { distance: formatDistance(storeDistance, t) })}
          </div>
        )}
        <div className="meta-line">
          {t('lead.phone')}: <span translate="no">{lead.phone ?? '—'}</span>
          {lead.phoneMasked && <span> · {t('lead.masked')}</span>}
        </div>
      </div>

      {lead.status === 'private' && (
        <div className="card">
          <div className="section-title" style={{ padding: 0 }}>
            {t('mobile.merchant.deadline')}
          </div>
          <DeadlineView deadlineAt={lead.deadlineAt} reason={lead.deadlineReason} />
          <div className="meta-line">
            {t('mobile.merchant.owner')}: {mine ? t('lead.you') : <OwnerName ownerId={lead.ownerId} />} ·{' '}
            {t('mobile.merchant.extensions', { count: lead.extensionsUsed })}
          </div>
        </div>
      )}

      <div className="action-grid">
        {lead.status === 'public' && can('leads.claim') && (
          <Button color="primary" loading={claim.isPending} onClick={() => claim.mutate(lead.id)}>
            {t('mobile.merchant.actions.claim')}
          </Button>
        )}
        {session && (lead.status === 'private' || lead.status === 'public' || lead.status === 'signed') && (
          <Button color="primary" fill="solid" onClick={() => navigate(`/leads/${lead.id}/check-in`)}>
            {t('mobile.merchant.actions.checkIn')}
          </Button>
        )}
        {mine && lead.status === 'private' && (
          <>
            <Button
              color="warning"
              fill="outline"
              loading={extend.isPending}
              onClick={() => void askExtend()}
            >
              {t('mobile.merchant.actions.extend')}
            </Button>
            <Button
              color="danger"
              fill="outline"
              loading={release.isPending}
              onClick={() => void askRelease()}
            >
              {t('mobile.merchant.actions.release')}
            </Button>
          </>
        )}
        <AddContactButton leadId={lead.id} />
      </div>

      <List header={t('mobile.merchant.contacts')}>
        {lead.contacts.length === 0 && <List.Item>{t('contact.none')}</List.Item>}
        {lead.contacts.map((contact) => (
          <List.Item
            key={contact.id}
            description={<span translate="no">{contact.phone ?? '—'}</span>}
            extra={contact.isKeyPerson ? <Tag color="primary">KP</Tag> : undefined}
          >
            <span translate="no">{contact.name}</span>
            {contact.title && (
              <span className="store-row-meta" translate="no">
                {' '}
                · {contact.title}
              </span>
            )}
          </List.Item>
        ))}
      </List>

      <List header={t('mobile.merchant.visits')}>
        {lead.visits.length === 0 && <List.Item>{t('mobile.merchant.noVisits')}</List.Item>}
        {lead.visits.map((visit) => (
          <List.Item
            key={visit.id}
            description={
              <span>
                {formatDateTime(visit.at)}
                {visit.distanceM !== null &&
                  ` · ${t('mobile.merchant.distanceToStore', { distance: formatDistance(visit.distanceM, t) })}`}
              </span>
            }
            extra={visit.far ? <Tag color="danger">{t('mobile.merchant.far')}</Tag> : undefined}
          >
            {t(`visitKinds.${visit.kind as 'first'}`, { defaultValue: visit.kind })}
            {visit.result && <span translate="no"> · {visit.result}</span>}
          </List.Item>
        ))}
      </List>

      {lead.duplicates.length > 0 && (
        <List header={t('mobile.merchant.duplicates')}>
          {lead.duplicates.map((dup) => (
            <List.Item key={dup.id} onClick={() => navigate(`/leads/${dup.id}`)}>
              <span translate="no">{dup.name}</span>
            </List.Item>
          ))}
        </List>
      )}

      <div className="section">
        <div className="section-title">{t('mobile.merchant.history')}</div>
        <div className="card">
          {lead.events.length === 0 ? (
            t('mobile.merchant.noHistory')
          ) : (
            <Steps direction="vertical" current={-1}>
              {lead.events.map((event) => (
                <Steps.Step
                  key={event.id}
                  status="finish"
                  title={t(`events.${event.kind as 'created'}`, { defaultValue: event.kind })}
                  description={
                    <span>
                      {formatDateTime(event.at)} ·{' '}
                      <span translate="no">{event.actorName || t('events.system')}</span>
                      {event.reason && <span translate="no"> · {eventReasonText(event.reason, t)}</span>}
                    </span>
                  }
                />
              ))}
            </Steps>
          )}
        </div>
      </div>
    </div>
  );
}

/** A colleague's name when the caller may see them (their team), else "someone else". */
function OwnerName({ ownerId }: { ownerId: string | null }) {
  const { t } = useTranslation();
  const owner = useQuery({
    queryKey: ['user', ownerId],
    enabled: ownerId !== null,
    retry: false,
    staleTime: 5 * 60_000,
    queryFn: () => call(api.GET('/api/v1/users/{id}', { params: { path: { id: ownerId! } } })),
  });
  if (owner.data) return <span translate="no">{owner.data.displayName}</span>;
  return <span>{t('lead.someoneElse')}</span>;
}
