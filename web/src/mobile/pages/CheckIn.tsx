import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Dialog,
  DotLoading,
  Form,
  Input,
  NavBar,
  NoticeBar,
  Selector,
  TextArea,
  Toast,
} from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, call } from '../../api/client.ts';
import { errorMessage } from '../../api/errors.ts';
import { useMe } from '../../auth/use-me.ts';
import { formatDateTime } from '../../i18n/index.ts';
import { distanceM, formatDistance } from '../../lib/geo.ts';
import { ErrorState } from '../components/ErrorState.tsx';
import { LocationBar } from '../components/LocationBar.tsx';
import { useDevicePosition } from '../use-device-position.ts';

const VISIT_KINDS = ['first', 'follow_up', 'sign', 'maintain'] as const;
type VisitKind = (typeof VISIT_KINDS)[number];
/** The server flags check-ins farther than the tenant's limit; 500 m is the templates' default. */
const DEFAULT_LIMIT_M = 500;

interface VisitForm {
  kind: VisitKind[];
  contactId?: string[];
  result?: string;
  notes?: string;
}

export default function CheckIn() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { me } = useMe();
  // A check-in must use a fresh fix, not the one the nearby list took a while ago.
  const device = useDevicePosition({ forceGps: true });
  const lead = useQuery({
    queryKey: ['lead', id],
    queryFn: () => call(api.GET('/api/v1/leads/{id}', { params: { path: { id } } })),
  });
  const limitM =
    Number((me?.tenant.settings as { visitCheckinLimitM?: number } | undefined)?.visitCheckinLimitM) ||
    DEFAULT_LIMIT_M;
  const store =
    lead.data && lead.data.lat !== null && lead.data.lng !== null
      ? { lat: lead.data.lat, lng: lead.data.lng }
      : null;
  const distance = device.position && store ? distanceM(device.position, store) : null;

  const checkIn = useMutation({
    mutationFn: (values: VisitForm) =>
      call(
        api.POST('/api/v1/leads/{id}/visits', {
          params: { path: { id } },
          body: {
            lat: device.position!.lat,
            lng: device.position!.lng,
            kind: values.kind[0] ?? 'follow_up',
            ...(values.contactId?.[0] ? { contactId: values.contactId?.[0] } : {}),
            ...(values.result?.trim() ? { result: values.result.trim() } : {}),
            ...(values.notes?.trim() ? { notes: values.notes.trim() } : {}),
          },
        }),
      ),
    onSuccess: async (visit) => {
      await queryClient.invalidateQueries({ queryKey: ['lead', id] });
      await queryClient.invalidateQueries({ queryKey: ['expiring'] });
      const updated = queryClient.getQueryData<{ deadlineAt: string | null }>(['lead', id]);
      const distanceText = visit.distanceM !== null ? formatDistance(visit.distanceM, t) : '';
      await Dialog.alert({
        title: visit.far ? t('mobile.checkIn.doneFar', { distance: distanceText }) : t('mobile.checkIn.done'),
        content: updated?.deadlineAt
          ? t('mobile.checkIn.deadlineMoved', { time: formatDateTime(updated.deadlineAt) })
          : undefined,
        confirmText: t('actions.ok'),
      });
      navigate(`/leads/${id}`, { replace: true });
    },
    onError: (error) => Toast.show({ icon: 'fail', content: errorMessage(error, t), duration: 3000 }),
  });

  const submit = (values: VisitForm) => {
    if (!device.position) {
      Toast.show({ content: t('mobile.checkIn.needPosition') });
      return;
    }
    checkIn.mutate(values);
  };

  return (
    <div>
      <NavBar onBack={() => navigate(-1)}>{t('mobile.checkIn.title')}</NavBar>
      {lead.isPending && (
        <div className="page-loading" role="status">
          <DotLoading color="primary" />
        </div>
      )}
      {lead.isError && <ErrorState error={lead.error} onRetry={() => void lead.refetch()} />}
      {lead.data && (
        <>
          <div className="card">
            <h2 translate="no">{lead.data.name}</h2>
            {lead.data.address && (
              <div className="meta-line" translate="no">
                {lead.data.address}
              </div>
            )}
            {distance !== null && (
              <div
                className="countdown"
                data-testid="checkin-distance"
                style={{ color: distance > limitM ? '#ff3141' : '#00b578' }}
              >
                {t('mobile.checkIn.distance', { distance: formatDistance(distance, t) })}
              </div>
            )}
            {!store && <div className="meta-line">{t('mobile.checkIn.noStorePosition')}</div>}
          </div>
          {distance !== null && distance > limitM && (
            <NoticeBar
              data-testid="far-warning"
              color="alert"
              wrap
              content={t('mobile.checkIn.farWarning', { limit: formatDistance(limitM, t) })}
            />
          )}
          <LocationBar device={device} />
          <Form
            layout="vertical"
            initialValues={{ kind: [lead.data.visits.length === 0 ? 'first' : 'follow_up'], contactId: [] }}
            onFinish={submit}
            footer={
              <Button
                block
                type="submit"
                color="primary"
                size="large"
                loading={checkIn.isPending}
                disabled={!device.position}
              >
                {t('mobile.checkIn.submit')}
              </Button>
            }
          >
            <Form.Item name="kind" label={t('mobile.checkIn.kind')}>
              <Selector
                columns={2}
                options={VISIT_KINDS.map((kind) => ({ value: kind, label: t(`visitKinds.${kind}`) }))}
              />
            </Form.Item>
            {lead.data.contacts.length > 0 && (
              <Form.Item name="contactId" label={t('mobile.checkIn.contact')}>
                <Selector
                  columns={2}
                  options={lead.data.contacts.map((c) => ({
                    value: c.id,
                    label: <span translate="no">{c.name}</span>,
                  }))}
                />
              </Form.Item>
            )}
            <Form.Item name="result" label={t('mobile.checkIn.result')}>
              <Input placeholder={t('mobile.checkIn.resultPlaceholder')} maxLength={200} />
            </Form.Item>
            <Form.Item name="notes" label={t('mobile.checkIn.notes')}>
              <TextArea rows={3} maxLength={4000} />
            </Form.Item>
          </Form>
        </>
      )}
    </div>
  );
}
