import { PROPOSER_ROLES, pieceProblems, type PieceChannel, type ImageAlt } from '@sigobito/config/contracts';
import type { ResourceDef } from '../../backoffice/types';
import { BadRequest } from '../../backoffice/errors';
import { communicationScope, deliveryScope, pieceScope } from './query';
import { communicationWorkflow, pieceWorkflow } from './workflow';

const fileIds = (value: unknown): number[] =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'object' && v !== null ? Number((v as { id?: unknown }).id) : Number(v))).filter(Number.isFinite) : [];

export const communications: ResourceDef = {
  name: 'communications',
  uid: 'api::communication.communication',
  searchable: ['title', 'keyMessage', 'audience'],
  readOnly: ['approvedBy', 'approvedAt', 'approvalComment', 'slug', 'withdrawnAt', 'withdrawalReason', 'corrections', 'opportunityKey'],
  readScope: communicationScope,
  workflow: communicationWorkflow,
  canWrite: (user, action) => (action === 'create' ? PROPOSER_ROLES.includes(user.role) : user.role === 'press'),
  validate: (m) => (typeof m.title === 'string' && m.title.trim() ? [] : [{ path: 'title', code: 'required', message: 'Es obligatorio' }]),
};

export const pieces: ResourceDef = {
  name: 'pieces',
  uid: 'api::piece.piece',
  searchable: ['title', 'summary', 'body'],
  readOnly: ['postedAt', 'externalId', 'externalUrl', 'lastError'],
  readScope: pieceScope,
  workflow: pieceWorkflow,
  validate: (m) => {
    const problems = m.communication ? [] : [{ path: 'communication', code: 'required' as const, message: 'Es obligatorio' }];
    return [
      ...problems,
      ...pieceProblems({
        channel: m.channel as PieceChannel,
        title: m.title as string | null,
        summary: m.summary as string | null,
        body: m.body as string | null,
        link: m.link as string | null,
        images: fileIds(m.images),
        imageAlts: (Array.isArray(m.imageAlts) ? m.imageAlts : []) as ImageAlt[],
      }),
    ];
  },
  beforeWrite: (data, ctx) => {
    if (ctx.existing && data.channel !== undefined && data.channel !== ctx.existing.channel) {
      throw new BadRequest([{ path: 'channel', code: 'forbidden_field', message: 'El canal de una pieza no cambia: cree otra pieza' }]);
    }
  },
};

export const deliveries: ResourceDef = {
  name: 'deliveries',
  uid: 'api::notification.notification',
  searchable: ['key', 'lastError'],
  hidden: ['payload', 'leaseOwner', 'leaseUntil'],
  readScope: deliveryScope,
  readonlyResource: true,
};
