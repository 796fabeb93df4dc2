/*
 * The municipality's catalogs as people name them: the kinds of actors and places, and the
 * columns of a catalog's CSV file, in Spanish and English. The back office shows these labels
 * (its i18n reads them from here), its exports write them as headers, and the CMS's import reads
 * a file that uses them (`Tipo: persona`) as well as one that uses the codes (`kind: person`).
 */
import type { Locale } from './labels';
import { own } from './own';

type Labels<K extends string> = { readonly [key in K]: Readonly<Record<Locale, string>> };

export const ACTOR_KINDS = ['person', 'institution', 'group'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export const ACTOR_KIND_LABELS: Labels<ActorKind> = {
  person: { es: 'Persona', en: 'Person' },
  institution: { es: 'Institución', en: 'Institution' },
  group: { es: 'Grupo', en: 'Group' },
};

export const PLACE_KINDS = ['district', 'corregimiento', 'neighbourhood', 'other'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const PLACE_KIND_LABELS: Labels<PlaceKind> = {
  district: { es: 'Distrito', en: 'District' },
  corregimiento: { es: 'Corregimiento', en: 'Corregimiento' },
  neighbourhood: { es: 'Barrio', en: 'Neighbourhood' },
  other: { es: 'Otro', en: 'Other' },
};

const CODE = { es: 'Código', en: 'Code' };
const NAME = { es: 'Nombre', en: 'Name' };

/** The columns of each catalog's file, by field, with the labels the back office gives the fields. */
export const CATALOG_COLUMNS = {
  actors: {
    code: CODE,
    name: NAME,
    kind: { es: 'Tipo', en: 'Kind' },
    organization: { es: 'Organización', en: 'Organisation' },
    title: { es: 'Cargo o título', en: 'Title or position' },
    email: { es: 'Correo electrónico', en: 'Email' },
    phone: { es: 'Teléfono', en: 'Phone' },
    notes: { es: 'Notas', en: 'Notes' },
    themes: { es: 'Temas', en: 'Themes' },
    places: { es: 'Lugares', en: 'Places' },
  },
  themes: {
    code: CODE,
    name: NAME,
    description: { es: 'Descripción', en: 'Description' },
    colour: { es: 'Color', en: 'Colour' },
    parent: { es: 'Tema superior', en: 'Parent theme' },
  },
  places: {
    code: CODE,
    name: NAME,
    kind: { es: 'Tipo', en: 'Kind' },
    parent: { es: 'Lugar superior', en: 'Parent place' },
    geometry: { es: 'Geometría (GeoJSON)', en: 'Geometry (GeoJSON)' },
  },
  areas: {
    code: CODE,
    name: NAME,
    parent: { es: 'Área superior', en: 'Parent area' },
  },
  positions: {
    code: CODE,
    name: NAME,
    area: { es: 'Área', en: 'Area' },
  },
} as const satisfies Record<string, Labels<string>>;

/** The catalogs a CSV file loads (the back office's import, the seed). */
export type Catalog = keyof typeof CATALOG_COLUMNS;
export const CATALOGS = Object.keys(CATALOG_COLUMNS) as Catalog[];

/** The fields of a catalog whose values are codes, with their labels. */
const CATALOG_CODES: Partial<Record<Catalog, Record<string, Labels<string>>>> = {
  actors: { kind: ACTOR_KIND_LABELS },
  places: { kind: PLACE_KIND_LABELS },
};

/** How a header or a value compares with a name: whatever the case, the accents and the spaces ("Institucion" is "institución"). */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** The key of a label table that `text` names: the key itself or its label in either language. */
function keyNamed(labels: Labels<string>, text: string): string | undefined {
  const folded = foldText(text);
  return Object.keys(labels).find((key) => foldText(key) === folded || foldText(labels[key].es) === folded || foldText(labels[key].en) === folded);
}

/** The field a column of a catalog's file stands for: `kind`, `Tipo`, `tipo` or `Kind` are all `kind`; undefined when none. */
export const importField = (catalog: Catalog, header: string): string | undefined => keyNamed(CATALOG_COLUMNS[catalog], header);

/** A cell of a code field as its code: `persona`, `Persona` and `person` are all `person`; any other text as it is (validation refuses it). */
export function importCode(catalog: Catalog, field: string, value: string): string {
  const labels = own(CATALOG_CODES[catalog], field);
  return (labels && keyNamed(labels, value)) ?? value;
}
