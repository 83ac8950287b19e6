import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../api/types.ts';
import { formatDateTime } from '../../../i18n/index.ts';
import { formatDistance } from '../../../lib/geo.ts';

type Visit = ResponseOf<'/api/v1/visits', 'get'>['items'][number];

const TILE_URL = __MAP_TILE_URL__;

/**
 * Where the visits of the page were checked in: green within the tenant's limit, red when far.
 * Without tiles the points still show on a plain grid.
 */
export default function VisitsMap({
  visits,
  nameOf,
}: {
  visits: Visit[];
  nameOf: (leadId: string) => string;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [tilesFailed, setTilesFailed] = useState(TILE_URL === 'none' || TILE_URL === '');
  // Redraw when the visits or their store names change, not on every render of the page.
  const labels = visits.map(
    (visit) =>
      `${nameOf(visit.leadId)} · ${formatDateTime(visit.at)}${visit.distanceM === null ? '' : ` · ${formatDistance(visit.distanceM, t)}`}`,
  );
  const drawKey = visits.map((visit, index) => `${visit.id}:${labels[index]}`).join('|');
  const latest = useRef({ visits, labels });
  latest.current = { visits, labels };

  useEffect(() => {
    const { visits, labels } = latest.current;
    if (!box.current || visits.length === 0 || !drawKey) return;
    const map = L.map(box.current, { attributionControl: false, zoomSnap: 0.25 });
    if (TILE_URL && TILE_URL !== 'none') {
      L.tileLayer(TILE_URL, { maxZoom: 19 })
        .once('tileerror', () => setTilesFailed(true))
        .addTo(map);
    }
    const bounds = L.latLngBounds([]);
    visits.forEach((visit, index) => {
      const label = labels[index] ?? '';
      L.circleMarker([visit.lat, visit.lng], {
        radius: 7,
        color: '#fff',
        weight: 2,
        fillColor: visit.far ? '#cf1322' : '#389e0d',
        fillOpacity: 0.9,
      })
        .bindTooltip(label.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`))
        .addTo(map);
      bounds.extend([visit.lat, visit.lng]);
    });
    map.fitBounds(bounds.pad(0.1), { maxZoom: 17 });
    return () => {
      map.remove();
    };
  }, [drawKey]);

  return (
    <div>
      {tilesFailed && <div className="map-note">{t('desktop.visits.mapOffline')}</div>}
      <div ref={box} className="map-box" data-testid="visits-map" />
    </div>
  );
}
