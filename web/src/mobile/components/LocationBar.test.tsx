import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../i18n/index.ts';
import type { useDevicePosition } from '../use-device-position.ts';
import { LocationBar } from './LocationBar.tsx';

type Device = ReturnType<typeof useDevicePosition>;

function device(overrides: Partial<Device>): Device {
  return {
    position: null,
    source: null,
    locating: false,
    failure: null,
    locate: vi.fn(async () => {}),
    setManual: vi.fn(),
    ...overrides,
  };
}

describe('LocationBar', () => {
  afterEach(cleanup);

  it('offers the manual position when locating was refused, and reads "lat, lng"', async () => {
    const refused = device({ failure: 'denied' });
    render(<LocationBar device={refused} />);
    expect(screen.getByTestId('location-status').textContent).toContain('定位权限被拒绝');
    const input = screen.getByPlaceholderText('纬度, 经度（如 39.98, 116.31）');
    await act(async () => {
      fireEvent.change(input, { target: { value: '39.98，116.31' } });
    });
    await act(async () => {
      fireEvent.click(screen.getByText('使用此位置'));
    });
    expect(refused.setManual).toHaveBeenCalledWith({ lat: 39.98, lng: 116.31 });
  });

  it('shows the position in use and can locate again', async () => {
    const located = device({ position: { lat: 39.9, lng: 116.3, accuracy: 12 }, source: 'gps' });
    render(<LocationBar device={located} />);
    expect(screen.getByTestId('location-status').textContent).toContain('精度 12 米');
    await act(async () => {
      fireEvent.click(screen.getByText('重新定位'));
    });
    expect(located.locate).toHaveBeenCalled();
  });
});
