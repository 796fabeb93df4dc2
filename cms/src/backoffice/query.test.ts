import { BadRequest } from './errors';
import { MAX_OFFSET, MAX_RANGE, OPERATORS, parseListQuery, splitOperator } from './query';
import type { Attributes } from './types';

const attributes: Attributes = {
  name: { type: 'string' },
  kind: { type: 'enumeration', enum: ['person', 'group'] },
  priority: { type: 'integer' },
  active: { type: 'boolean' },
  dueDate: { type: 'date' },
  createdAt: { type: 'datetime' },
  notes: { type: 'json' },
  themes: { type: 'relation', relation: 'manyToMany', target: 'api::theme.theme' },
};
const ctx = { attributes, searchable: ['name'], hidden: ['secret'] };
const parse = (q: Record<string, unknown>) => parseListQuery(q, ctx);
const filterOf = (filter: unknown) => parse({ filter: JSON.stringify(filter) }).filters;

function errorsOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof BadRequest) return e.errors.map((x) => x.path);
  }
  throw new Error('expected a BadRequest');
}

describe('the operator table', () => {
  it.each([
    ['dueDate_gte', 'dueDate', '$gte'],
    ['dueDate_lte', 'dueDate', '$lte'],
    ['priority_gt', 'priority', '$gt'],
    ['priority_lt', 'priority', '$lt'],
    ['kind_neq', 'kind', '$ne'],
    ['kind_in', 'kind', '$in'],
    ['name', 'name', '$eq'],
    ['_gte', '_gte', '$eq'],
  ])('reads %s as field %s with %s', (key, field, op) => {
    expect(splitOperator(key)).toEqual({ field, op });
  });

  it('tries longer suffixes first so _gte is never read as _gt', () => {
    const suffixes = OPERATORS.map(([s]) => s);
    expect(suffixes.indexOf('_gte')).toBeLessThan(suffixes.indexOf('_gt'));
    expect(suffixes.indexOf('_lte')).toBeLessThan(suffixes.indexOf('_lt'));
  });
});

describe('parseListQuery', () => {
  it('defaults to the newest first, 25 rows', () => {
    expect(parse({})).toEqual({ filters: {}, sort: 'id:desc', start: 0, limit: 25 });
  });

  it('reads sort and range', () => {
    expect(parse({ sort: '["name","ASC"]', range: '[25,49]' })).toMatchObject({ sort: 'name:asc', start: 25, limit: 25 });
  });

  it('turns q into "every word in some searchable field"', () => {
    expect(filterOf({ q: 'ana  pérez' })).toEqual({
      $and: [{ $or: [{ name: { $contains: 'ana' } }] }, { $or: [{ name: { $contains: 'pérez' } }] }],
    });
  });

  it('searches fields that live on a relation', () => {
    expect(parseListQuery({ filter: '{"q":"ana"}' }, { ...ctx, searchable: ['user.username'] }).filters).toEqual({
      $and: [{ $or: [{ user: { username: { $contains: 'ana' } } }] }],
    });
  });

  it('turns arrays into "in" and ids into documentIds', () => {
    expect(filterOf({ kind: ['person', 'group'] })).toEqual({ $and: [{ kind: { $in: ['person', 'group'] } }] });
    expect(filterOf({ id: ['a', 'b'] })).toEqual({ $and: [{ documentId: { $in: ['a', 'b'] } }] });
  });

  it('coerces values to the attribute type', () => {
    expect(filterOf({ priority_gte: '3', active: 'true' })).toEqual({ $and: [{ priority: { $gte: 3 } }, { active: { $eq: true } }] });
  });

  it('filters relations by the related ids, and null as empty', () => {
    expect(filterOf({ themes: 't1' })).toEqual({ $and: [{ themes: { documentId: { $in: ['t1'] } } }] });
    expect(filterOf({ name: null })).toEqual({ $and: [{ name: { $null: true } }] });
  });

  it('sees only the part of a relation the user may read: a hidden link matches null, never its id', () => {
    const scoped = (filter: Record<string, unknown>) =>
      parseListQuery({ filter: JSON.stringify(filter) }, { ...ctx, relationScopes: { themes: { visibility: { $eq: 'public' } } } }).filters;
    expect(scoped({ themes: 't1' })).toEqual({ $and: [{ themes: { documentId: { $in: ['t1'] }, visibility: { $eq: 'public' } } }] });
    expect(scoped({ themes_neq: 't1' })).toEqual({ $and: [{ $not: { themes: { documentId: { $in: ['t1'] }, visibility: { $eq: 'public' } } } }] });
    expect(scoped({ themes: null })).toEqual({ $and: [{ $not: { themes: { id: { $notNull: true }, visibility: { $eq: 'public' } } } }] });
  });

  it('accepts the largest page and refuses one more row', () => {
    expect(parse({ range: `[0,${MAX_RANGE - 1}]` }).limit).toBe(MAX_RANGE);
    expect(errorsOf(() => parse({ range: `[0,${MAX_RANGE}]` }))).toEqual(['range']);
  });

  it('takes days as AAAA-MM-DD and instants the ISO way, and refuses what the database would choke on', () => {
    expect(filterOf({ dueDate_gte: '2026-02-28', createdAt_lt: '2026-03-07T09:30:00.000Z' })).toEqual({
      $and: [{ dueDate: { $gte: '2026-02-28' } }, { createdAt: { $lt: '2026-03-07T09:30:00.000Z' } }],
    });
    expect(filterOf({ createdAt_gte: '2026-03-07' })).toEqual({ $and: [{ createdAt: { $gte: '2026-03-07' } }] });
    for (const bad of ['2026-02-30', 'March 7, 2026', 'Tue Mar 05 2026', '2026-03-07T25:00', 'yesterday', '']) {
      expect(errorsOf(() => parse({ filter: JSON.stringify({ dueDate: bad, createdAt_gte: bad }) }))).toEqual(['filter.dueDate', 'filter.createdAt_gte']);
    }
  });

  it('refuses a page that starts beyond any real table', () => {
    expect(parse({ range: `[${MAX_OFFSET - 9},${MAX_OFFSET}]` }).start).toBe(MAX_OFFSET - 9);
    expect(errorsOf(() => parse({ range: '[1e19,1e19]' }))).toEqual(['range']);
    expect(errorsOf(() => parse({ range: `[${MAX_OFFSET},${MAX_OFFSET + 1}]` }))).toEqual(['range']);
  });

  it('names every bad parameter at once', () => {
    expect(errorsOf(() => parse({ sort: '["secret","ASC"]', filter: '{"nope":1,"priority_gt":"many","kind":"robot"}', range: '[5,1]' }))).toEqual([
      'filter.nope',
      'filter.priority_gt',
      'filter.kind',
      'sort',
      'range',
    ]);
  });

  it('refuses malformed JSON, JSON fields and hidden fields', () => {
    expect(errorsOf(() => parse({ filter: '{' }))).toEqual(['filter']);
    expect(errorsOf(() => parse({ filter: '{"notes":"x"}' }))).toEqual(['filter.notes']);
    expect(errorsOf(() => parse({ filter: '{"secret":"x"}' }))).toEqual(['filter.secret']);
    expect(errorsOf(() => parse({ sort: '["themes","ASC"]' }))).toEqual(['sort']);
  });
});

describe('fields hidden from the reader (a goal\'s internal notes for press)', () => {
  const hiddenCtx = { attributes: { ...attributes, internalNotes: { type: 'text' } }, searchable: ['name'], hidden: ['internalNotes'] };
  const refusal = (q: Record<string, unknown>) => errorsOf(() => parseListQuery(q, hiddenCtx));

  it('may not be filtered by, with or without an operator, nor sorted by', () => {
    expect(refusal({ filter: JSON.stringify({ internalNotes: 'contratista' }) })).toEqual(['filter.internalNotes']);
    expect(refusal({ filter: JSON.stringify({ internalNotes_neq: null }) })).toEqual(['filter.internalNotes_neq']);
    expect(refusal({ sort: JSON.stringify(['internalNotes', 'ASC']) })).toEqual(['sort']);
  });

  it('leaves other queries alone', () => {
    expect(parseListQuery({ filter: JSON.stringify({ name: 'x', q: 'internalNotes' }), sort: JSON.stringify(['name', 'ASC']) }, hiddenCtx).sort).toBe('name:asc');
  });
});

describe('keys an object inherits ("constructor", "__proto__", "toString"…)', () => {
  const INHERITED = Object.getOwnPropertyNames(Object.prototype);
  const withVirtual = { ...ctx, virtualFilters: { mine: () => ({ mine: true }) }, relationScopes: { themes: { visibility: { $eq: 'public' } } } };
  const messages = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      if (e instanceof BadRequest) return e.errors.map((x) => `${x.path}: ${x.message}`);
    }
    throw new Error('expected a BadRequest');
  };
  // The raw value a client hoped would reach the database as conditions of its own.
  const raw = { activity: { visibility: 'private', title: { $gte: 'a' } } };

  it.each(INHERITED)('are no filter: %s is refused by name, its value never reaches the query', (key) => {
    const filter = `{${JSON.stringify(key)}:${JSON.stringify(raw)}}`;
    expect(messages(() => parseListQuery({ filter }, withVirtual))).toEqual([`filter.${key}: No se puede filtrar por «${key}»`]);
    expect(messages(() => parseListQuery({ filter: `{${JSON.stringify(`${key}_gte`)}:"a"}` }, withVirtual))).toEqual([`filter.${key}_gte: No se puede filtrar por «${key}»`]);
  });

  it.each(INHERITED)('are no sort field: %s is refused by name', (key) => {
    expect(messages(() => parseListQuery({ sort: JSON.stringify([key, 'ASC']) }, withVirtual))).toEqual([`sort: No se puede ordenar por «${key}»`]);
  });

  it('still finds the virtual filters and fields the resource has', () => {
    expect(parseListQuery({ filter: '{"mine":true,"themes":"t1"}' }, withVirtual).filters).toEqual({
      $and: [{ mine: true }, { themes: { documentId: { $in: ['t1'] }, visibility: { $eq: 'public' } } }],
    });
  });
});
