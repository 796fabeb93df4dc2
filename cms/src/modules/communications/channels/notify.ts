import type { Core } from '@strapi/strapi';
import { CHANNEL_LABELS, isPieceChannel } from '@sigobito/config/contracts';
import { membersWithRole, toMember } from '../../../notifications/to-member';
import { backofficeUrl } from '../../../notifications/links';
import type { SettledOutcome } from '../../../outbox/adapters';
import { OUTBOX_UID } from '../../../outbox/outbox';
import type { DeliveryPayload } from '../delivery-payload';

const COMMUNICATION_UID = 'api::communication.communication';

const labelOf = (channel: string) => (isPieceChannel(channel) ? CHANNEL_LABELS[channel].es : channel);

/**
 * Press and the administrators, once per pause (the key names the moment it began): the
 * channel's deliveries wait, nothing is lost, and they resume by themselves once the
 * credentials work again.
 */
export async function notifyChannelPaused(strapi: Core.Strapi, channel: string, reason: string, pausedAt: Date): Promise<number> {
  const label = labelOf(channel);
  const recipients = new Set([...(await membersWithRole(strapi, 'press')), ...(await membersWithRole(strapi, 'admin'))]);
  let queued = 0;
  for (const member of recipients) {
    const sent = await toMember(
      strapi,
      member,
      'channelPaused',
      `channel-paused:${channel}:${pausedAt.getTime()}:${member}`,
      `${label} en pausa: rechazó las credenciales de SIGOBito`,
      [
        `${label} rechazó las credenciales con las que SIGOBito publica:`,
        reason,
        '',
        `Las publicaciones para ${label} esperan; no se pierde ninguna. Se reanudan solas en cuanto las credenciales funcionen: revíselas (o renuévelas) en la configuración del servidor y reinicie SIGOBito, o espere si el problema es de la plataforma.`,
        '',
        `Canales: ${backofficeUrl('channels')}`,
      ].join('\n'),
    );
    if (sent) queued++;
  }
  return queued;
}

/**
 * Press, once per failed try (the key names the try's start): a delivery that failed or that
 * needs a person to check the account, with the reason and where to retry it.
 */
export async function notifyDeliveryFailed(strapi: Core.Strapi, message: { id: number; channel: string; payload: DeliveryPayload }, outcome: SettledOutcome): Promise<number> {
  const row = (await strapi.db.query(OUTBOX_UID).findOne({ where: { id: message.id }, select: ['attemptStartedAt'] })) as { attemptStartedAt: string | null } | null;
  const tryStart = row?.attemptStartedAt ? new Date(row.attemptStartedAt).getTime() : 0;
  const communication = (await strapi.db.query(COMMUNICATION_UID).findOne({ where: { documentId: message.payload.communication }, select: ['title'] })) as { title: string } | null;
  const what = message.payload.title || communication?.title || 'una pieza';
  const label = labelOf(message.channel);
  const review = outcome.status === 'needs_review';
  let queued = 0;
  for (const member of await membersWithRole(strapi, 'press')) {
    const sent = await toMember(
      strapi,
      member,
      'deliveryFailed',
      `delivery-failed:${message.channel}:${message.payload.piece}:${tryStart}:${member}`,
      review ? `Revise ${label}: no se sabe si salió «${what}»` : `No se publicó en ${label}: «${what}»`,
      [
        review
          ? `SIGOBito no puede saber con certeza si la publicación de «${what}» salió en ${label}, y no la reenvía para no duplicarla:`
          : `La publicación de «${what}» en ${label} no salió:`,
        outcome.lastError ?? '(sin detalle)',
        '',
        review ? `Revise la cuenta de ${label}; si no está, use «Reintentar» en la pieza:` : 'Corrija lo que haga falta y use «Reintentar» en la pieza:',
        backofficeUrl(`pieces/${message.payload.piece}/show`),
      ].join('\n'),
    );
    if (sent) queued++;
  }
  return queued;
}
