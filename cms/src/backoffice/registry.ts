import type { BackofficeResource } from '@sigobito/config';
import type { ResourceDef } from './types';
import { actors, areas, places, positions, settings, themes } from '../modules/structure/resources';
import { members } from '../modules/structure/members';
import { auditLogs } from '../modules/history/audit-logs';
import { activities, requests, taskUpdates, tasks } from '../modules/agenda/resources';
import { aros, goals, milestones, progressReports } from '../modules/goals/resources';

/** Every back-office resource. A new module adds its declarations here. */
export const RESOURCES: ResourceDef[] = [actors, themes, places, areas, positions, members, settings, activities, requests, tasks, taskUpdates, goals, milestones, progressReports, aros, auditLogs];

export function resourceByName(name: string): ResourceDef | undefined {
  return RESOURCES.find((r) => r.name === (name as BackofficeResource));
}

export function resourceByUid(uid: string): ResourceDef | undefined {
  return RESOURCES.find((r) => r.uid === uid);
}
