import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Form, Input, NavBar, NoticeBar, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { api, call } from '../../api/client.ts';
import { errorMessage } from '../../api/errors.ts';
import { useMe } from '../../auth/use-me.ts';
import { LocationBar } from '../components/LocationBar.tsx';
import { useDevicePosition } from '../use-device-position.ts';

interface StoreForm {
  name: string;
  phone?: string;
  address?: string;
  category?: string;
}

/**
 * A store found on the street, entered on the spot with the phone's position. The API wants
 * the city unit: the rep's own city (GET /auth/me); someone above any city (a regional lead)
 * gets the city of the nearest known store.
 */
export default function NewStore() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const device = useDevicePosition({ forceGps: true });
  const position = device.position;
  const { me, isPending: mePending } = useMe();
  const hintedCity = (location.state as { cityId?: string } | null)?.cityId;
  const homeCity = me?.city ?? null;

  const nearest = useQuery({
    queryKey: ['nearby-city', position?.lat, position?.lng],
    enabled: position !== null && !mePending && homeCity === null && !hintedCity,
    queryFn: () =>
      call(
        api.GET('/api/v1/leads/nearby', {
          params: { query: { lat: position!.lat, lng: position!.lng, radius: 50_000, limit: 1 } },
        }),
      ),
  });
  const cityId = homeCity?.id ?? hintedCity ?? nearest.data?.items[0]?.cityId;

  const create = useMutation({
    mutationFn: (values: StoreForm) =>
      call(
        api.POST('/api/v1/leads', {
          body: {
            name: values.name.trim(),
            cityId: cityId!,
            lat: position!.lat,
            lng: position!.lng,
            gps: { lat: position!.lat, lng: position!.lng },
            ...(values.phone?.trim() ? { phone: values.phone.trim() } : {}),
            ...(values.address?.trim() ? { address: values.address.trim() } : {}),
            ...(values.category?.trim() ? { category: values.category.trim() } : {}),
          },
        }),
      ),
    onSuccess: (lead) => {
      Toast.show({
        icon: 'success',
        content:
          lead.status === 'pending_review'
            ? t('mobile.newStore.createdPending')
            : t('mobile.newStore.created'),
      });
      navigate(`/leads/${lead.id}`, { replace: true });
    },
    onError: (error) => Toast.show({ icon: 'fail', content: errorMessage(error, t), duration: 3000 }),
  });

  return (
    <div>
      <NavBar onBack={() => navigate(-1)}>{t('mobile.newStore.title')}</NavBar>
      <div className="section-title">{t('mobile.newStore.gps')}</div>
      <LocationBar device={device} />
      {homeCity && (
        <div className="section-title" data-testid="home-city">
          {t('workbench.newStore.city')}: <span translate="no">{homeCity.name}</span>
        </div>
      )}
      {position && !cityId && !mePending && !nearest.isPending && (
        <NoticeBar color="alert" wrap content={t('mobile.newStore.cityUnknown')} />
      )}
      <Form
        layout="horizontal"
        onFinish={(values) => create.mutate(values)}
        footer={
          <Button
            block
            type="submit"
            color="primary"
            size="large"
            loading={create.isPending}
            disabled={!position || !cityId}
          >
            {t('mobile.newStore.submit')}
          </Button>
        }
      >
        <Form.Item
          name="name"
          label={t('mobile.newStore.name')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('login.required', { field: t('mobile.newStore.name') }),
            },
          ]}
        >
          <Input placeholder={t('mobile.newStore.namePlaceholder')} maxLength={200} />
        </Form.Item>
        <Form.Item name="phone" label={t('mobile.newStore.phone')}>
          <Input type="tel" maxLength={100} />
        </Form.Item>
        <Form.Item name="address" label={t('mobile.newStore.address')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="category" label={t('mobile.newStore.category')}>
          <Input maxLength={40} />
        </Form.Item>
      </Form>
    </div>
  );
}
