import { Button, Input, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDistance, parseLatLng } from '../../lib/geo.ts';
import type { useDevicePosition } from '../use-device-position.ts';

type DevicePosition = ReturnType<typeof useDevicePosition>;

/** The position in use, how it was obtained, and the manual fallback when locating fails. */
export function LocationBar({ device }: { device: DevicePosition }) {
  const { t } = useTranslation();
  const [manualOpen, setManualOpen] = useState(false);
  const [text, setText] = useState('');
  const showManual = manualOpen || (device.failure !== null && !device.position);

  const applyManual = () => {
    const parsed = parseLatLng(text);
    if (!parsed) {
      Toast.show({ content: t('mobile.nearby.manualInvalid') });
      return;
    }
    device.setManual(parsed);
    setManualOpen(false);
  };

  let status: string;
  if (device.locating) status = t('mobile.nearby.locating');
  else if (device.failure) status = t(`mobile.nearby.locationFailed.${device.failure}`);
  else if (device.source === 'manual') status = t('mobile.nearby.manualLocated');
  else if (device.position)
    status = t('mobile.nearby.located', { accuracy: formatDistance(device.position.accuracy ?? 0, t) });
  else status = t('mobile.nearby.locating');

  return (
    <div className="location-section">
      <div className="location-bar" data-testid="location-status">
        <span className="grow">
          {status}
          {device.position && (
            <span translate="no">
              {' '}
              ({device.position.lat.toFixed(5)}, {device.position.lng.toFixed(5)})
            </span>
          )}
        </span>
        <Button size="small" fill="none" color="primary" onClick={() => void device.locate()}>
          {t('mobile.nearby.relocate')}
        </Button>
        <Button size="small" fill="none" color="primary" onClick={() => setManualOpen((open) => !open)}>
          {t('mobile.nearby.setManually')}
        </Button>
      </div>
      {showManual && (
        <div className="location-bar">
          <Input
            className="grow"
            aria-label={t('mobile.nearby.manualTitle')}
            placeholder={t('mobile.nearby.manualPlaceholder')}
            value={text}
            onChange={setText}
            onEnterPress={applyManual}
          />
          <Button size="small" color="primary" onClick={applyManual}>
            {t('mobile.nearby.useManual')}
          </Button>
        </div>
      )}
    </div>
  );
}
