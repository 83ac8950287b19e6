import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NearbyLead } from '../../api/types.ts';
import { formatDistance, type Position } from '../../lib/geo.ts';

const TILE_URL = __MAP_TILE_URL__;

function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Stores around the rep on a Leaflet map. Without tiles (offline, or tiles set to "none") the
 * markers, names and distances still show on a plain grid, which is all a rep needs to walk.
 */
export default function NearbyMap({
  center,
  leads,
  onOpen,
}: {
  center: Position;
  leads: NearbyLead[];
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [tilesFailed, setTilesFailed] = useState(TILE_URL === 'none' || TILE_URL === '');
  const openRef = useRef(onOpen);
  openRef.current = onOpen;

  useEffect(() => {
    if (!box.current) return;
    const map = L.map(box.current, { zoomControl: true, attributionControl: false, zoomSnap: 0.25 }).setView(
      [center.lat, center.lng],
      15,
    );
    if (TILE_URL && TILE_URL !== 'none') {
      let failures = 0;
      L.tileLayer(TILE_URL, { maxZoom: 19 })
        .on('tileerror', () => {
          failures += 1;
          if (failures === 1) setTilesFailed(true);
        })
        .addTo(map);
    }
    L.circleMarker([center.lat, center.lng], {
      radius: 9,
      color: '#fff',
      weight: 3,
      fillColor: '#1677ff',
      fillOpacity: 1,
    })
      .bindTooltip(escapeHtml(t('mobile.nearby.youAreHere')), {
        permanent: true,
        direction: 'top',
        offset: [0, -8],
      })
      .addTo(map);
    const bounds = L.latLngBounds([[center.lat, center.lng]]);
    const colours: Record<string, string> = { public: '#1677ff', private: '#ff8f1f', signed: '#00b578' };
    for (const lead of leads) {
      if (lead.lat === null || lead.lng === null) continue;
      const colour = colours[lead.status] ?? '#999';
      const marker = L.circleMarker([lead.lat, lead.lng], {
        radius: 8,
        color: '#fff',
        weight: 2,
        fillColor: colour,
        fillOpacity: 0.95,
      });
      // Distances stay on screen (short labels overlap little); the name shows on a tap.
      marker.bindTooltip(escapeHtml(formatDistance(lead.distanceM, t)), {
        permanent: true,
        direction: 'right',
        className: 'map-distance',
        offset: [6, 0],
      });
      const popup = document.createElement('button');
      popup.type = 'button';
      popup.className = 'map-popup';
      popup.setAttribute('translate', 'no');
      popup.textContent = `${lead.name} · ${formatDistance(lead.distanceM, t)}`;
      popup.addEventListener('click', () => openRef.current(lead.id));
      marker.bindPopup(popup);
      marker.addTo(map);
      bounds.extend([lead.lat, lead.lng]);
    }
    // The box may have been laid out after the map was made (lazy chunk): measure it again.
    map.invalidateSize();
    if (leads.length > 0) map.fitBounds(bounds.pad(0.05), { maxZoom: 18 });
    return () => {
      map.remove();
    };
  }, [center.lat, center.lng, leads, t]);

  return (
    <div>
      {tilesFailed && <div className="map-note">{t('mobile.nearby.mapOffline')}</div>}
      <div ref={box} className="map-box" data-testid="nearby-map" />
    </div>
  );
}
