import { geometryIssue } from '@sigobito/config/contracts';
import type { ResourceDef } from '../../backoffice/types';

export const actors: ResourceDef = {
  name: 'actors',
  uid: 'api::actor.actor',
  searchable: ['name', 'organization', 'title', 'email', 'code'],
  searchIndex: true,
};

export const themes: ResourceDef = {
  name: 'themes',
  uid: 'api::theme.theme',
  searchable: ['name', 'code', 'description'],
  treeParent: 'parent',
  branchFilters: true,
};

export const places: ResourceDef = {
  name: 'places',
  uid: 'api::place.place',
  searchable: ['name', 'code'],
  treeParent: 'parent',
  branchFilters: true,
  validate: (m) => {
    const problem = geometryIssue(m.geometry);
    return problem ? [{ path: 'geometry', code: 'invalid_geojson', params: { variant: problem.variant }, message: problem.message }] : [];
  },
};

export const areas: ResourceDef = {
  name: 'areas',
  uid: 'api::area.area',
  searchable: ['name', 'code'],
  treeParent: 'parent',
};

export const positions: ResourceDef = {
  name: 'positions',
  uid: 'api::position.position',
  searchable: ['name', 'code'],
};
