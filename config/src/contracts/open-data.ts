/*
 * The open-data catalogue, in one place: which datasets the municipality publishes, each one's
 * columns with their meaning (the data dictionary page), its files (the CMS serves them, the site
 * relays them) and the DCAT-US / Project Open Data catalogue (`data.json`) that lists them.
 */

export type OpenDataFormat = 'csv' | 'json' | 'geojson';

/** How a column reads, in the words of the dictionary page. */
export type OpenDataType = 'texto' | 'entero' | 'número' | 'fecha' | 'fecha y hora' | 'sí/no' | 'código' | 'lista de códigos' | 'identificador' | 'dirección web' | 'GeoJSON';

export type OpenDataColumn = { readonly name: string; readonly type: OpenDataType; readonly meaning: string };

export type OpenDataset = {
  /** The file's name without its extension (`goals` → goals.csv, goals.json). */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly keywords: readonly string[];
  readonly formats: readonly OpenDataFormat[];
  /** Whether `?theme=` / `?place=` narrow it (a theme or place with everything beneath it). */
  readonly filters: { readonly theme: boolean; readonly place: boolean };
  readonly columns: readonly OpenDataColumn[];
};

const THEMES: OpenDataColumn = { name: 'themes', type: 'lista de códigos', meaning: 'Códigos de sus temas, separados por «|» (ver themes.csv)' };
const PLACES: OpenDataColumn = { name: 'places', type: 'lista de códigos', meaning: 'Códigos de sus lugares, separados por «|» (ver places.csv)' };
const GOAL: OpenDataColumn[] = [
  { name: 'goalCode', type: 'código', meaning: 'Código de la meta a la que pertenece (ver goals.csv)' },
  { name: 'goalId', type: 'identificador', meaning: 'Identificador de la meta a la que pertenece' },
];
const BOTH = { theme: true, place: true } as const;

export const OPEN_DATASETS: readonly OpenDataset[] = [
  {
    id: 'goals',
    title: 'Metas de gobierno',
    description:
      'Una fila por meta pública: código, título, etapa, estado de avance, avance planificado y real, fechas, indicador (línea base, valor actual y meta), presupuesto planificado y ejecutado, temas y lugares.',
    keywords: ['metas', 'gobierno', 'avance', 'indicadores', 'presupuesto'],
    formats: ['csv', 'json'],
    filters: BOTH,
    columns: [
      { name: 'id', type: 'identificador', meaning: 'Identificador estable de la meta' },
      { name: 'code', type: 'código', meaning: 'Código de la meta' },
      { name: 'title', type: 'texto', meaning: 'Título de la meta' },
      { name: 'status', type: 'código', meaning: 'Etapa: programmed (programada), in_execution (en ejecución), completed (cumplida)' },
      { name: 'health', type: 'código', meaning: 'Estado de avance: on_track (en tiempo), at_risk (en riesgo), delayed (atrasada), completed (cumplida)' },
      { name: 'plannedPercent', type: 'número', meaning: 'Avance que debería tener hoy según sus hitos, de 0 a 100' },
      { name: 'actualPercent', type: 'número', meaning: 'Avance real según sus hitos cumplidos, de 0 a 100' },
      { name: 'startDate', type: 'fecha', meaning: 'Fecha de inicio (AAAA-MM-DD)' },
      { name: 'targetDate', type: 'fecha', meaning: 'Fecha prevista de cumplimiento (AAAA-MM-DD)' },
      { name: 'indicatorName', type: 'texto', meaning: 'Nombre del indicador que mide la meta' },
      { name: 'indicatorUnit', type: 'texto', meaning: 'Unidad del indicador' },
      { name: 'indicatorBaseline', type: 'número', meaning: 'Valor del indicador al empezar (línea base)' },
      { name: 'indicatorTarget', type: 'número', meaning: 'Valor del indicador que se quiere alcanzar' },
      { name: 'indicatorCurrent', type: 'número', meaning: 'Valor actual del indicador' },
      { name: 'budgetPlanned', type: 'número', meaning: 'Presupuesto planificado, en la moneda del municipio' },
      { name: 'budgetExecuted', type: 'número', meaning: 'Presupuesto ejecutado hasta hoy' },
      THEMES,
      PLACES,
    ],
  },
  {
    id: 'milestones',
    title: 'Hitos de las metas',
    description:
      'Una fila por hito de cada meta pública: meta a la que pertenece, orden, título, descripción, fecha prevista, peso, si es crítico, estado (cumplido, próximo o vencido) y fecha de cumplimiento.',
    keywords: ['metas', 'hitos', 'plazos', 'avance'],
    formats: ['csv', 'json'],
    filters: BOTH,
    columns: [
      ...GOAL,
      { name: 'id', type: 'identificador', meaning: 'Identificador estable del hito' },
      { name: 'order', type: 'entero', meaning: 'Orden del hito dentro de su meta' },
      { name: 'title', type: 'texto', meaning: 'Título del hito' },
      { name: 'description', type: 'texto', meaning: 'Descripción del hito' },
      { name: 'dueDate', type: 'fecha', meaning: 'Fecha prevista (AAAA-MM-DD)' },
      { name: 'weight', type: 'número', meaning: 'Peso del hito en el avance de su meta' },
      { name: 'critical', type: 'sí/no', meaning: 'Si es un hito crítico (true/false)' },
      { name: 'status', type: 'código', meaning: 'Estado registrado: pending (pendiente), in_progress (en curso), done (cumplido)' },
      { name: 'state', type: 'código', meaning: 'Situación hoy: done (cumplido), upcoming (próximo), late (vencido)' },
      { name: 'completedAt', type: 'fecha y hora', meaning: 'Cuándo se cumplió (ISO 8601, UTC)' },
    ],
  },
  {
    id: 'progress-reports',
    title: 'Informes de avance de las metas',
    description: 'Una fila por informe de avance de cada meta pública: meta, hito al que se refiere, fecha, porcentaje de avance informado y valor del indicador.',
    keywords: ['metas', 'informes de avance', 'seguimiento', 'indicadores'],
    formats: ['csv', 'json'],
    filters: BOTH,
    columns: [
      ...GOAL,
      { name: 'milestoneId', type: 'identificador', meaning: 'Identificador del hito al que se refiere el informe (vacío si es de la meta en general)' },
      { name: 'date', type: 'fecha y hora', meaning: 'Fecha del informe (ISO 8601, UTC)' },
      { name: 'percent', type: 'entero', meaning: 'Avance informado, de 0 a 100' },
      { name: 'indicatorValue', type: 'número', meaning: 'Valor del indicador informado' },
    ],
  },
  {
    id: 'agenda',
    title: 'Agenda pública',
    description:
      'Una fila por actividad pública del despacho (confirmada, realizada o cancelada): título, descripción, inicio y fin, tipo, estado, lugar, temas y lugares. Las actividades privadas y los datos de las personas no se publican.',
    keywords: ['agenda', 'actividades', 'alcaldía', 'transparencia'],
    formats: ['csv', 'json'],
    filters: BOTH,
    columns: [
      { name: 'id', type: 'identificador', meaning: 'Identificador estable de la actividad' },
      { name: 'title', type: 'texto', meaning: 'Título de la actividad' },
      { name: 'description', type: 'texto', meaning: 'Descripción' },
      { name: 'start', type: 'fecha y hora', meaning: 'Inicio (ISO 8601, UTC)' },
      { name: 'end', type: 'fecha y hora', meaning: 'Fin (ISO 8601, UTC)' },
      { name: 'allDay', type: 'sí/no', meaning: 'Si dura todo el día (true/false)' },
      { name: 'kind', type: 'código', meaning: 'Tipo: meeting (reunión), public_event (acto público), field_visit (visita de campo), audience (audiencia), internal (interna), travel (viaje), other (otra)' },
      { name: 'status', type: 'código', meaning: 'Estado: confirmed (confirmada), done (realizada), cancelled (cancelada)' },
      { name: 'locationText', type: 'texto', meaning: 'Dirección o indicaciones del lugar' },
      { name: 'place', type: 'código', meaning: 'Código del lugar donde ocurre (ver places.csv)' },
      THEMES,
      PLACES,
      { name: 'url', type: 'dirección web', meaning: 'Página de la actividad en el portal' },
    ],
  },
  {
    id: 'noticias',
    title: 'Noticias',
    description:
      'Una fila por noticia publicada: dirección, título, resumen, fecha de publicación y de la última corrección, número de correcciones, temas, lugares, sobre qué informa (una meta, un hito o una actividad de la agenda) y el texto completo. Los borradores y las noticias retiradas no se incluyen.',
    keywords: ['noticias', 'comunicación', 'prensa'],
    formats: ['csv', 'json'],
    filters: BOTH,
    columns: [
      { name: 'slug', type: 'código', meaning: 'Nombre de la noticia en su dirección' },
      { name: 'url', type: 'dirección web', meaning: 'Página de la noticia en el portal' },
      { name: 'title', type: 'texto', meaning: 'Título' },
      { name: 'summary', type: 'texto', meaning: 'Resumen' },
      { name: 'postedAt', type: 'fecha y hora', meaning: 'Fecha de publicación (ISO 8601, UTC)' },
      { name: 'updatedAt', type: 'fecha y hora', meaning: 'Fecha de la última corrección (vacía si no tiene)' },
      { name: 'corrections', type: 'entero', meaning: 'Número de correcciones publicadas' },
      THEMES,
      PLACES,
      { name: 'origin', type: 'código', meaning: 'Sobre qué informa: goal (una meta), milestone (un hito de una meta), activity (una actividad de la agenda pública); vacío si no informa sobre nada público' },
      { name: 'goalCode', type: 'código', meaning: 'Código de la meta sobre la que informa (origen goal o milestone)' },
      { name: 'activityId', type: 'identificador', meaning: 'Identificador de la actividad sobre la que informa (origen activity)' },
      { name: 'text', type: 'texto', meaning: 'Texto completo de la noticia, sin formato' },
    ],
  },
  {
    id: 'themes',
    title: 'Temas del plan de gobierno',
    description: 'Una fila por tema: código, nombre, descripción, color y el tema del que forma parte (los ejes están arriba, sus temas debajo).',
    keywords: ['temas', 'plan de gobierno', 'ejes'],
    formats: ['csv', 'json'],
    filters: { theme: true, place: false },
    columns: [
      { name: 'code', type: 'código', meaning: 'Código del tema' },
      { name: 'name', type: 'texto', meaning: 'Nombre del tema' },
      { name: 'description', type: 'texto', meaning: 'Descripción' },
      { name: 'colour', type: 'texto', meaning: 'Color con que se muestra (#rrggbb)' },
      { name: 'parent', type: 'código', meaning: 'Código del tema del que forma parte (vacío para un eje)' },
    ],
  },
  {
    id: 'places',
    title: 'Lugares del municipio',
    description:
      'Una fila por lugar: código, nombre, tipo (distrito, corregimiento, barrio) y el lugar del que forma parte, con su forma en GeoJSON. places.geojson los da como colección de elementos (FeatureCollection) para abrirlos en un mapa.',
    keywords: ['lugares', 'territorio', 'distritos', 'corregimientos', 'barrios', 'GeoJSON', 'mapa'],
    formats: ['csv', 'json', 'geojson'],
    filters: { theme: false, place: true },
    columns: [
      { name: 'code', type: 'código', meaning: 'Código del lugar' },
      { name: 'name', type: 'texto', meaning: 'Nombre del lugar' },
      { name: 'kind', type: 'código', meaning: 'Tipo: district (distrito), corregimiento, neighbourhood (barrio), other (otro)' },
      { name: 'parent', type: 'código', meaning: 'Código del lugar del que forma parte (vacío para un distrito)' },
      { name: 'geometry', type: 'GeoJSON', meaning: 'Punto o forma del lugar, geometría GeoJSON en longitud y latitud (WGS 84); en el CSV, como texto' },
    ],
  },
];

export const OPEN_DATA_MEDIA_TYPES: Readonly<Record<OpenDataFormat, string>> = { csv: 'text/csv', json: 'application/json', geojson: 'application/geo+json' };
export const OPEN_DATA_LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

export type OpenDataFile = { file: string; dataset: OpenDataset; format: OpenDataFormat; mediaType: string };

/** Every file, dataset by dataset (goals.csv, goals.json, milestones.csv…). */
export const OPEN_DATA_FILES: readonly OpenDataFile[] = OPEN_DATASETS.flatMap((dataset) =>
  dataset.formats.map((format) => ({ file: `${dataset.id}.${format}`, dataset, format, mediaType: OPEN_DATA_MEDIA_TYPES[format] })),
);

/** The file of that exact name, or undefined (a made-up or crafted name is no file). */
export const openDataFile = (name: string): OpenDataFile | undefined => OPEN_DATA_FILES.find((f) => f.file === name);

/**
 * The catalogue in the DCAT-US 1.1 / Project Open Data shape (`data.json`): one dataset per
 * published dataset, each file a distribution with its absolute download address.
 */
export function dcatCatalog(opts: { siteUrl: string; publisher: string; contactEmail?: string | null; modified: string }) {
  const base = opts.siteUrl.replace(/\/+$/, '');
  return {
    '@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
    '@id': `${base}/datos-abiertos/data.json`,
    '@type': 'dcat:Catalog',
    conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
    describedBy: 'https://project-open-data.cio.gov/v1.1/schema/catalog.json',
    dataset: OPEN_DATASETS.map((d) => ({
      '@type': 'dcat:Dataset',
      identifier: `${base}/datos-abiertos#${d.id}`,
      title: d.title,
      description: d.description,
      keyword: [...d.keywords],
      modified: opts.modified,
      publisher: { '@type': 'org:Organization', name: opts.publisher },
      contactPoint: { '@type': 'vcard:Contact', fn: opts.publisher, ...(opts.contactEmail ? { hasEmail: `mailto:${opts.contactEmail}` } : {}) },
      accessLevel: 'public',
      license: OPEN_DATA_LICENSE.url,
      language: ['es'],
      landingPage: `${base}/datos-abiertos`,
      describedBy: `${base}/datos-abiertos/diccionario#${d.id}`,
      distribution: d.formats.map((format) => ({
        '@type': 'dcat:Distribution',
        title: `${d.title} (${format.toUpperCase()})`,
        downloadURL: `${base}/datos-abiertos/${d.id}.${format}`,
        mediaType: OPEN_DATA_MEDIA_TYPES[format],
        format: format.toUpperCase(),
        describedBy: `${base}/datos-abiertos/diccionario#${d.id}`,
      })),
    })),
  };
}
