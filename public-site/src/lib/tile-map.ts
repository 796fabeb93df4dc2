/**
 * The browser side of TileMap.astro: Leaflet with the configured tiles and the places drawn on
 * top, each opening its page. Runs only where the page offers tiles; any failure leaves the SVG.
 */
import type { Feature, Geometry } from 'geojson';
import leafletCss from 'leaflet/dist/leaflet.css?url';

type TileData = { url: string; attribution: string; current: string | null; places: { code: string; href: string; label: string; geometry: Geometry }[] };

export async function enhanceWithTiles(element: HTMLElement): Promise<void> {
  const data = JSON.parse(element.dataset.tileMap ?? '{}') as TileData;
  const svg = element.closest('figure')?.querySelector('svg');
  const L = await import('leaflet');
  if (!document.querySelector(`link[href="${leafletCss}"]`)) {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: leafletCss });
    document.head.append(link);
  }
  element.hidden = false;
  const map = L.map(element, { scrollWheelZoom: false });
  // The credit is the provider's text: set as text, never as HTML.
  L.tileLayer(data.url, { maxZoom: 19 }).addTo(map);
  map.attributionControl.setPrefix(false);
  if (data.attribution) map.attributionControl.addAttribution(escapeHtml(data.attribution));
  const layer = L.geoJSON(undefined, {
    pointToLayer: (_feature, latlng) => L.circleMarker(latlng, { radius: 7 }),
    style: (feature) => ({ weight: feature?.properties?.current ? 4 : 1.5, fillOpacity: feature?.properties?.current ? 0.45 : 0.15, color: '#0b4f8a' }),
    onEachFeature: (feature, shape) => {
      const p = feature.properties as { href: string; label: string };
      shape.bindTooltip(p.label);
      shape.on('click', () => window.location.assign(p.href));
    },
  }).addTo(map);
  for (const place of data.places) {
    const feature: Feature = { type: 'Feature', properties: { href: place.href, label: place.label, current: place.code === data.current }, geometry: place.geometry };
    layer.addData(feature);
  }
  map.fitBounds(layer.getBounds(), { padding: [16, 16] });
  if (svg) svg.classList.add('map-enhanced');
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
