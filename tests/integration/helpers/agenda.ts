import type { DataProvider } from 'ra-core';

/** ISO instant `days` from now at a given UTC hour (tests avoid local-time ambiguity). */
export function at(days: number, hourUtc: number, minutes = 0) {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  d.setUTCHours(hourUtc, minutes, 0, 0);
  return d.toISOString();
}

export async function memberId(dp: DataProvider, username: string): Promise<string> {
  const { data } = await dp.getList('members', { filter: { username }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } });
  if (!data[0]) throw new Error(`no member ${username}`);
  return data[0].id as string;
}

export const page = { pagination: { page: 1, perPage: 500 }, sort: { field: 'id', order: 'ASC' as const } };
