import 'leaflet/dist/leaflet.css';
import { Box, Button, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import L from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useGetList, useGetOne, useRecordContext, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { mapTileUrlProblem, placeGeometry } from '@sigobito/config/contracts';
import { editableOf, pointGeometry, polygonGeometry, type LonLat } from '../geometry';

type Mode = 'point' | 'polygon';
type PlaceRow = { id: string; name: string; geometry?: unknown };
type TileSettings = { mapTileUrl?: string | null; mapTileAttribution?: string | null };

const EDIT_COLOUR = '#b45309';
const OTHER_STYLE: L.PathOptions = { color: '#6b7280', weight: 1, fillOpacity: 0.08, opacity: 0.6, interactive: false };
const vertexIcon = (className: string) => L.divIcon({ className, iconSize: [14, 14] });
const toLatLng = ([lon, lat]: LonLat): L.LatLngTuple => [lat, lon];
const toLonLat = (ll: L.LatLng): LonLat => [ll.lng, ll.lat];
// The credit is the provider's text: shown as text, never as HTML.
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The place's point or polygon on a map (Leaflet): click to set the point or add a vertex, drag
 * to move one; the other places drawn faintly for reference. Works on a plain background, and
 * over map tiles when the settings configure them. Writes the form's `source` value, which the
 * GeoJSON text field under it also edits.
 */
export const PlaceMapEditor = ({ source }: { source: string }) => {
  const translate = useTranslate();
  const record = useRecordContext<{ id?: string }>();
  const { setValue } = useFormContext();
  const value: unknown = useWatch({ name: source });
  const editable = useMemo(() => editableOf(value), [value]);
  const [mode, setMode] = useState<Mode>(editable.kind === 'polygon' ? 'polygon' : 'point');
  // Vertices of a polygon still without area (fewer than 3): not a geometry yet.
  const [draft, setDraft] = useState<LonLat[]>([]);
  const { data: settings } = useGetOne<TileSettings & { id: string }>('settings', { id: 'current' });
  const { data: places } = useGetList<PlaceRow>('places', { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } });

  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const editLayer = useRef<L.LayerGroup | null>(null);
  const fitted = useRef(false);
  // The first view, kept until the map has a size to fit it in.
  const firstView = useRef<L.LatLngBounds | null>(null);
  const fitFirstView = () => {
    const m = map.current;
    if (!m || !firstView.current || m.getSize().x === 0) return;
    m.fitBounds(firstView.current, { maxZoom: 16 });
    firstView.current = null;
  };

  const vertices = editable.kind === 'polygon' ? editable.vertices : draft;
  const write = (geometry: object | null) => setValue(source, geometry, { shouldDirty: true, shouldTouch: true, shouldValidate: true });
  const setVertices = (next: LonLat[]) => {
    const polygon = polygonGeometry(next);
    setDraft(polygon ? [] : next);
    write(polygon);
  };
  const onClick = (at: LonLat) => {
    if (mode === 'point') write(pointGeometry(at));
    else setVertices([...vertices, at]);
  };
  // Leaflet keeps the first handler it was given: it calls the latest through this reference.
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    if (!element.current) return;
    const m = L.map(element.current, { center: [0, 0], zoom: 2, worldCopyJump: true });
    m.attributionControl.setPrefix(false);
    m.on('click', (e: L.LeafletMouseEvent) => clickRef.current(toLonLat(e.latlng)));
    editLayer.current = L.layerGroup().addTo(m);
    map.current = m;
    // The form lays itself out after the map is made: Leaflet measures its box again when it changes.
    const resized = new ResizeObserver(() => {
      m.invalidateSize();
      fitFirstView();
    });
    resized.observe(element.current);
    return () => {
      resized.disconnect();
      m.remove();
      map.current = null;
      // A map made again (React's development mode mounts twice) fits its first view again.
      fitted.current = false;
      firstView.current = null;
    };
  }, []);

  const tileUrl = settings?.mapTileUrl && !mapTileUrlProblem(settings.mapTileUrl) ? settings.mapTileUrl : null;
  useEffect(() => {
    if (!map.current || !tileUrl) return;
    const layer = L.tileLayer(tileUrl, { maxZoom: 19, attribution: escapeHtml(settings?.mapTileAttribution ?? '') }).addTo(map.current);
    return () => void layer.remove();
  }, [tileUrl, settings?.mapTileAttribution]);

  // The other places, faint and not clickable (a click there sets this place's shape).
  const others = useMemo(() => (places ?? []).filter((p) => p.id !== record?.id).flatMap((p) => {
    const g = placeGeometry(p.geometry);
    return g ? [{ type: 'Feature' as const, properties: { name: p.name }, geometry: g as GeoJSON.Geometry }] : [];
  }), [places, record?.id]);
  useEffect(() => {
    if (!map.current) return;
    const layer = L.geoJSON({ type: 'FeatureCollection', features: others } as GeoJSON.FeatureCollection, {
      style: OTHER_STYLE,
      pointToLayer: (_f, latlng) => L.circleMarker(latlng, { ...OTHER_STYLE, radius: 4 }),
    }).addTo(map.current);
    layer.bringToBack();
    // First view: this place when it has a shape, else the whole territory.
    if (!fitted.current && places) {
      fitted.current = true;
      const own = placeGeometry(typeof value === 'string' ? safeParse(value) : value);
      const bounds = own ? L.geoJSON(own as GeoJSON.Geometry).getBounds() : layer.getBounds();
      if (bounds.isValid()) {
        firstView.current = bounds.pad(own ? 1.5 : 0.05);
        fitFirstView();
      }
    }
    return () => void layer.remove();
    // `value` is read for the first view only.
  }, [others, places]);

  // This place's shape: draggable point or vertices, redrawn from the form value.
  useEffect(() => {
    const group = editLayer.current;
    if (!group) return;
    group.clearLayers();
    if (editable.kind === 'point') {
      const marker = L.marker(toLatLng(editable.point), { icon: vertexIcon('place-map-point'), draggable: true, keyboard: false, title: translate('resources.places.map.point') });
      marker.on('dragend', () => write(pointGeometry(toLonLat(marker.getLatLng()))));
      group.addLayer(marker);
    } else if (editable.kind === 'other') {
      group.addLayer(L.geoJSON(placeGeometry(value) as GeoJSON.Geometry, { style: { color: EDIT_COLOUR, weight: 3 }, interactive: false }));
    } else if (editable.kind === 'polygon' || (mode === 'polygon' && vertices.length > 0)) {
      const shape = vertices.length >= 3 ? L.polygon(vertices.map(toLatLng), { color: EDIT_COLOUR, weight: 3, interactive: false }) : L.polyline(vertices.map(toLatLng), { color: EDIT_COLOUR, weight: 3, dashArray: '4 4', interactive: false });
      group.addLayer(shape);
      vertices.forEach((v, i) => {
        const marker = L.marker(toLatLng(v), { icon: vertexIcon('place-map-vertex'), draggable: true, keyboard: false });
        marker.on('drag', () => shape.setLatLngs(vertices.map((w, j) => (j === i ? marker.getLatLng() : toLatLng(w)))));
        marker.on('dragend', () => setVertices(vertices.map((w, j) => (j === i ? toLonLat(marker.getLatLng()) : w))));
        group.addLayer(marker);
      });
    }
    // `write` and `setVertices` only close over the form setter and this render's vertices.
  }, [editable, mode, draft]);

  const changeMode = (_e: unknown, next: Mode | null) => {
    if (!next || next === mode) return;
    setMode(next);
    setDraft([]);
  };

  return (
    <Box sx={{ mb: 1 }}>
      <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap sx={{ mb: 1 }}>
        <ToggleButtonGroup size="small" exclusive value={mode} onChange={changeMode} aria-label={translate('resources.places.map.mode')}>
          <ToggleButton value="point">{translate('resources.places.map.point')}</ToggleButton>
          <ToggleButton value="polygon">{translate('resources.places.map.polygon')}</ToggleButton>
        </ToggleButtonGroup>
        {mode === 'polygon' && (
          <>
            <Typography variant="body2">{translate('resources.places.map.vertices', { smart_count: vertices.length })}</Typography>
            <Button size="small" disabled={vertices.length === 0} onClick={() => setVertices(vertices.slice(0, -1))}>
              {translate('resources.places.map.undo')}
            </Button>
          </>
        )}
        <Button size="small" disabled={editable.kind === 'empty' && draft.length === 0} onClick={() => { setDraft([]); write(null); }}>
          {translate('resources.places.map.clear')}
        </Button>
      </Stack>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {editable.kind === 'other'
          ? translate('resources.places.map.other', { type: editable.type })
          : translate(mode === 'point' ? 'resources.places.map.how_point' : 'resources.places.map.how_polygon')}
      </Typography>
      <Box
        ref={element}
        role="region"
        aria-label={translate('resources.places.map.label')}
        data-testid="place-map"
        sx={{
          height: 360,
          border: 1,
          borderColor: 'divider',
          cursor: 'crosshair',
          '&.leaflet-container': { background: '#f3f5f8', cursor: 'crosshair' },
          '& .place-map-point, & .place-map-vertex': { background: '#fff', border: `3px solid ${EDIT_COLOUR}`, borderRadius: '50%', boxSizing: 'border-box' },
          '& .place-map-point': { background: EDIT_COLOUR, borderColor: '#fff', boxShadow: `0 0 0 2px ${EDIT_COLOUR}` },
        }}
      />
      {!tileUrl && (
        <Typography variant="caption" color="text.secondary">
          {translate('resources.places.map.no_tiles')}
        </Typography>
      )}
    </Box>
  );
};

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
