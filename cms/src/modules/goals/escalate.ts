import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { aroStatusStamps } from '@sigobito/config/contracts';
import { BadRequest, HttpProblem, notFound, zodErrors } from '../../backoffice/errors';
import { getOne, create } from '../../backoffice/engine';
import { aros } from './resources';
import { tasks } from '../agenda/resources';
import type { BackofficeUser } from '../../backoffice/types';
import { inTransaction } from '../../backoffice/transaction';

const body = z.object({
  responsible: z.string({ required_error: 'Indique quién del equipo de agenda se encarga' }).min(1, 'Indique quién del equipo de agenda se encarga'),
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Debe ser una fecha (AAAA-MM-DD)').optional(),
  title: z.string().trim().min(3).max(200).optional(),
  note: z.string().max(4000).optional(),
});

/**
 * Escalates a restriction to the mayor's team: one task (origin: the ARO and its goal), linked
 * both ways through the task's `aro`; the restriction goes into treatment.
 */
export async function escalateAro(strapi: Core.Strapi, user: BackofficeUser, documentId: string, input: unknown) {
  const parsed = body.safeParse(input ?? {});
  if (!parsed.success) throw new BadRequest(zodErrors(parsed.error.issues, { regexVariants: { dueDate: 'date' } }));
  // The task (with its e-mail to the responsible) and the restriction's new status: both, or neither.
  return inTransaction(strapi, () => escalate(strapi, user, documentId, parsed.data));
}

async function escalate(strapi: Core.Strapi, user: BackofficeUser, documentId: string, { responsible, dueDate, title, note }: z.infer<typeof body>) {
  const aro = (await strapi.db.query('api::aro.aro').findOne({
    where: { documentId },
    select: ['documentId', 'kind', 'status', 'title', 'description'],
    populate: { goal: { select: ['documentId', 'code'] } },
  })) as { documentId: string; kind: string; status: string; title: string; description: string | null; goal: { documentId: string; code: string } | null } | null;
  if (!aro) throw notFound();
  if (aro.kind !== 'restriction') throw new BadRequest([{ path: 'kind', code: 'not_restriction', message: 'Solo se escalan restricciones' }]);
  if (aro.status === 'resolved' || aro.status === 'discarded') throw new BadRequest([{ path: 'status', code: 'closed', message: 'La restricción ya está cerrada' }]);
  // One escalation per restriction: a second would give the agenda team the same task twice.
  const escalated = await strapi.db.query('api::task.task').count({ where: { aro: { documentId } } });
  if (escalated) throw new HttpProblem(409, 'Esta restricción ya fue escalada');
  const task = await create(strapi, tasks, user, {
    kind: 'instruction',
    title: title ?? `Restricción de ${aro.goal?.code ?? 'meta'}: ${aro.title}`.slice(0, 200),
    description: [aro.description, note].filter(Boolean).join('\n\n') || null,
    responsible,
    dueDate: dueDate ?? null,
    priority: 2,
    goal: aro.goal?.documentId ?? null,
    aro: aro.documentId,
  });
  if (aro.status === 'open') await strapi.documents('api::aro.aro').update({ documentId, data: { status: 'in_treatment', ...aroStatusStamps('open', 'in_treatment', new Date()) } as never });
  return { aro: await getOne(strapi, aros, user, documentId), task };
}
