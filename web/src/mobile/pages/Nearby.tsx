import { useQuery } from '@tanstack/react-query';
import { Button, DotLoading, List, PullToRefresh, Selector } from 'antd-mobile';
import { AddOutline } from 'antd-mobile-icons';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client.ts';
import type { NearbyLead } from '../../api/types.ts';
import { useMe } from '../../auth/use-me.ts';
import { formatDistance } from '../../lib/geo.ts';
import { EmptyState, ErrorState } from '../components/ErrorState.tsx';
import { LocationBar } from '../components/LocationBar.tsx';
import { StatusTag } from '../components/StatusTag.tsx';
import { useDevicePosition } from '../use-device-position.ts';
import { useLeadActions } from '../use-lead-actions.ts';

const NearbyMap = lazy(() => import('../components/NearbyMap.tsx'));

type Scope = 'public' | 'mine' | 'all';
const RADIUS_M = 2000;
const SCOPE_KEY = 'groundwork.nearbyScope';

export default function Nearby() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const device = useDevicePosition();
  const { can, session } = useMe();
  const { claim } = useLeadActions();
  const [scope, setScope] = useState<Scope>(
    () => (sessionStorage.getItem(SCOPE_KEY) as Scope | null) ?? 'all',
  );
  const [view, setView] = useState<'list' | 'map'>('list');
  const position = device.position;

  const nearby = useQuery({
    queryKey: ['nearby', position?.lat, position?.lng, scope],
    enabled: position !== null,
    queryFn: () =>
      call(
        api.GET('/api/v1/leads/nearby', {
          params: { query: { lat: position!.lat, lng: position!.lng, radius: RADIUS_M, limit: 50, scope } },
        }),
      ),
  });

  const chooseScope = (next: Scope) => {
    sessionStorage.setItem(SCOPE_KEY, next);
    setScope(next);
  };
  const isMine = (lead: NearbyLead) => lead.ownerId !== null && lead.ownerId === session?.user.id;
  const canClaim = (lead: NearbyLead) => can('leads.claim') && lead.status === 'public';

  let body: React.ReactNode;
  if (!position) body = device.locating ? <Loading /> : null;
  else if (nearby.isPending) body = <Loading />;
  else if (nearby.isError) body = <ErrorState error={nearby.error} onRetry={() => void nearby.refetch()} />;
  else if (nearby.data.items.length === 0)
    body = <EmptyState text={t('mobile.nearby.empty', { radius: formatDistance(RADIUS_M, t) })} />;
  else if (view === 'map')
    body = (
      <Suspense fallback={<Loading />}>
        <NearbyMap center={position} leads={nearby.data.items} onOpen={(id) => navigate(`/leads/${id}`)} />
      </Suspense>
    );
  else
    body = (
      <List>
        {nearby.data.items.map((lead) => (
          <List.Item
            key={lead.id}
            data-testid="nearby-item"
            onClick={() => navigate(`/leads/${lead.id}`)}
            arrowIcon={!canClaim(lead)}
            description={
              <span className="store-row-meta">
                <span data-testid="distance">{formatDistance(lead.distanceM, t)}</span>
                {lead.address && (
                  <span translate="no">
                    {' · '}
                    {lead.address}
                  </span>
                )}
              </span>
            }
            extra={
              canClaim(lead) ? (
                <Button
                  className="claim-button"
                  color="primary"
                  size="small"
                  loading={claim.isPending && claim.variables === lead.id}
                  onClick={(event) => {
                    event.stopPropagation();
                    claim.mutate(lead.id);
                  }}
                >
                  {t('mobile.nearby.claim')}
                </Button>
              ) : undefined
            }
          >
            <span className="store-row-title">
              <span translate="no">{lead.name}</span>
              <StatusTag status={lead.status} mine={isMine(lead)} />
            </span>
          </List.Item>
        ))}
      </List>
    );

  return (
    <div>
      <div className="toolbar">
        <Selector
          className="grow"
          columns={3}
          value={[scope]}
          onChange={(values) => values[0] && chooseScope(values[0])}
          options={(['all', 'public', 'mine'] as const).map((value) => ({
            value,
            label: t(`mobile.nearby.scope.${value}`),
          }))}
        />
        <Button
          color="primary"
          fill="outline"
          onClick={() => setView(view === 'list' ? 'map' : 'list')}
          aria-pressed={view === 'map'}
        >
          {view === 'list' ? t('mobile.nearby.view.map') : t('mobile.nearby.view.list')}
        </Button>
      </div>
      <LocationBar device={device} />
      <PullToRefresh onRefresh={async () => void (await nearby.refetch())}>{body}</PullToRefresh>
      <div className="form-footer">
        <Button
          block
          color="primary"
          fill="outline"
          onClick={() => navigate('/new-store', { state: { cityId: nearby.data?.items[0]?.cityId } })}
        >
          <AddOutline /> {t('mobile.nearby.newStore')}
        </Button>
      </div>
    </div>
  );
}

function Loading() {
  return (
    <div className="page-loading" role="status">
      <DotLoading color="primary" />
    </div>
  );
}
