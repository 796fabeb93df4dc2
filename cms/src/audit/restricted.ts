import type { Change } from './diff';

/** The only confidential records: private activities, for the roles that see the whole agenda. */
export const ACTIVITY_UID = 'api::activity.activity';

type Version = Record<string, unknown> | null;
const isPrivate = (visibility: unknown) => visibility === 'private';

/**
 * Pure: an audit entry is restricted when the record was private before or after the write,
 * so a record made public later keeps its private past out of sight.
 */
export function isRestrictedEntry(uid: string, before: Version, after: Version): boolean {
  return uid === ACTIVITY_UID && (isPrivate(before?.visibility) || isPrivate(after?.visibility));
}

export type LoggedEntry = { id: number; recordId: string; changes: Record<string, Change> | null };

/**
 * Pure: for entries written before the flag existed, replays each activity's visibility through
 * its history (oldest first) and answers the ids of the restricted entries. A record whose
 * history never touches its visibility is judged by its current one; an unknown record (deleted,
 * history lost) counts as private.
 */
export function restrictedEntries(entries: LoggedEntry[], currentVisibility: Map<string, string>): Set<number> {
  const byRecord = new Map<string, LoggedEntry[]>();
  for (const e of [...entries].sort((a, b) => a.id - b.id)) byRecord.set(e.recordId, [...(byRecord.get(e.recordId) ?? []), e]);
  const restricted = new Set<number>();
  for (const [recordId, history] of byRecord) {
    const firstChange = history.find((e) => e.changes?.visibility)?.changes?.visibility;
    let visibility: unknown = firstChange ? firstChange.before : (currentVisibility.get(recordId) ?? 'private');
    for (const e of history) {
      const change = e.changes?.visibility;
      const before = change ? change.before : visibility;
      const after = change ? change.after : visibility;
      if (isPrivate(before) || isPrivate(after)) restricted.add(e.id);
      visibility = after;
    }
  }
  return restricted;
}
