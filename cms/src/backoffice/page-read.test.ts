import { partitionedPage } from './page-read';

const meta = {
  tableName: 'tasks',
  attributes: {
    status: { type: 'enumeration', columnName: 'status' },
    dueDate: { type: 'date', columnName: 'due_date' },
    title: { type: 'string', columnName: 'title' },
    responsible: { type: 'relation', relation: 'manyToOne', target: 'api::member.member' },
  },
  indexes: [{ columns: ['status', 'due_date'] }, { columns: ['title'] }],
};
const OPEN = { status: { $in: ['pending', 'in_progress'] } };

describe('partitionedPage: a page read one IN value at a time, where an index leads with (field, sort)', () => {
  it('finds the IN among the conditions ANDed at any depth, and keeps the others', () => {
    const scope = { responsible: { id: { $in: [3] } } };
    expect(partitionedPage(meta, { $and: [scope, { $and: [OPEN] }] }, 'dueDate:asc')).toEqual({ field: 'status', values: ['pending', 'in_progress'], rest: [scope] });
    expect(partitionedPage(meta, { ...OPEN, title: { $contains: 'x' } }, 'dueDate:desc')).toEqual({ field: 'status', values: ['pending', 'in_progress'], rest: [{ title: { $contains: 'x' } }] });
  });

  it('does not partition what the index does not order, nor an IN of one value, repeated values or too many', () => {
    expect(partitionedPage(meta, OPEN, 'title:asc')).toBeUndefined();
    expect(partitionedPage(meta, { title: { $in: ['a', 'b'] } }, 'dueDate:asc')).toBeUndefined();
    expect(partitionedPage(meta, { status: { $in: ['pending'] } }, 'dueDate:asc')).toBeUndefined();
    expect(partitionedPage(meta, { status: { $in: ['pending', 'pending'] } }, 'dueDate:asc')).toBeUndefined();
    expect(partitionedPage(meta, { status: { $in: 'abcdefghi'.split('') } }, 'dueDate:asc')).toBeUndefined();
    expect(partitionedPage(meta, { status: { $in: ['pending', 'done'], $ne: 'x' } }, 'dueDate:asc')).toBeUndefined();
  });

  it('never under $or or $not (there the parts would not be the whole), nor on names that are not own attributes', () => {
    expect(partitionedPage(meta, { $or: [OPEN, { title: { $eq: 'x' } }] }, 'dueDate:asc')).toBeUndefined();
    expect(partitionedPage(meta, { $not: OPEN }, 'dueDate:asc')).toBeUndefined();
    expect(partitionedPage(meta, { constructor: { $in: ['a', 'b'] } }, 'dueDate:asc')).toBeUndefined();
    expect(partitionedPage(meta, OPEN, 'toString:asc')).toBeUndefined();
    expect(partitionedPage(meta, { $and: [OPEN, null] } as never, 'dueDate:asc')).toBeUndefined();
    expect(partitionedPage(meta, { $and: [[OPEN]] } as never, 'dueDate:asc')).toBeUndefined();
  });
});
