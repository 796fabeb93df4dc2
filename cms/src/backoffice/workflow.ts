import type { Core } from '@strapi/strapi';
import { BadRequest, type FieldError } from './errors';
import { resourceByUid } from './registry';
import type { ResourceDef } from './types';

/*
 * Workflow fields (a request's or an ARO's `status`) are declared by their resource and enforced
 * here, on every path: the generic create and update and the imports call `plainWriteProblems`;
 * every other update of the type through the Document Service (an action, a handover, a script)
 * meets `registerWorkflowGuard`, which runs the same rule.
 */

const text = (v: unknown) => (v === undefined || v === null ? undefined : String(v));

/**
 * What is wrong with a plain write (generic create/update, an import line): `before` is the
 * stored record (undefined on create), `data` what the write changes.
 */
export function plainWriteProblems(def: ResourceDef, before: Record<string, unknown> | undefined, data: Record<string, unknown>): FieldError[] {
  const wf = def.workflow;
  if (!wf) return [];
  const from = text(before?.[wf.field]);
  const to = data[wf.field] !== undefined ? text(data[wf.field]) : from;
  if (wf.action && before && to !== from) {
    return [{ path: wf.field, code: 'workflow_action', params: { action: wf.action }, message: `Este campo sigue un flujo: cámbielo con ${wf.action}` }];
  }
  return wf.check(from, to, { ...(before ?? {}), ...data });
}

/** An import line may not set a workflow field: moves go through the rule with the stored value, one record at a time. */
export function importProblems(def: ResourceDef, data: Record<string, unknown>): FieldError[] {
  const field = def.workflow?.field;
  return field && data[field] !== undefined ? [{ path: field, code: 'workflow_action', params: { variant: 'import' }, message: 'Este campo sigue un flujo: no se importa' }] : [];
}

/**
 * The same rule under every other writer: a Document Service update that sets a workflow
 * field is checked against the stored value (moves the action itself makes pass when the rule
 * allows them). Creates start a record, they move nothing: the generic create checks them.
 */
export function registerWorkflowGuard(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if (context.action !== 'update') return next();
    const def = resourceByUid(context.uid);
    const wf = def?.workflow;
    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    if (!wf || !params.data || params.data[wf.field] === undefined || !params.documentId) return next();
    const stored = (await strapi.db.query(context.uid as never).findOne({ where: { documentId: params.documentId } })) as Record<string, unknown> | null;
    if (stored) {
      const problems = wf.check(text(stored[wf.field]), text(params.data[wf.field]), { ...stored, ...params.data });
      if (problems.length) throw new BadRequest(problems);
    }
    return next();
  });
}
