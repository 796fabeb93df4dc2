import type { Core } from '@strapi/strapi';

/**
 * Whether a social channel is paused: the platform refused its credentials (X's 401, Facebook's
 * expired token). In the database, so every CMS process stops sending at once and a restart
 * does not forget it. A pause is tied to the credentials it was for (a fingerprint, never the
 * secret): new credentials are tried at once; the same ones again once a probe shows they work.
 * Strapi leaves tables it did not create alone (like the cron leases).
 */
export const CHANNEL_STATES_TABLE = 'sigobito_channel_states';

type Knex = Core.Strapi['db']['connection'];

export type ChannelState = {
  channel: string;
  paused: boolean;
  pausedAt: Date | null;
  pauseReason: string | null;
  /** Which credentials were refused. */
  fingerprint: string | null;
  resumedAt: Date | null;
};

type Row = { channel: string; paused: number | boolean; paused_at: number | string | null; pause_reason: string | null; fingerprint: string | null; resumed_at: number | string | null };

const toDate = (ms: number | string | null) => (ms === null || ms === undefined ? null : new Date(Number(ms)));
const fromRow = (r: Row): ChannelState => ({
  channel: r.channel,
  paused: Boolean(Number(r.paused)),
  pausedAt: toDate(r.paused_at),
  pauseReason: r.pause_reason,
  fingerprint: r.fingerprint,
  resumedAt: toDate(r.resumed_at),
});

/** Creates the table on the first start (from the module's bootstrap, under the start-up lock). */
export async function ensureChannelStates(db: Knex): Promise<void> {
  if (await db.schema.hasTable(CHANNEL_STATES_TABLE)) return;
  await db.schema.createTable(CHANNEL_STATES_TABLE, (t) => {
    t.string('channel', 32).primary();
    t.boolean('paused').notNullable().defaultTo(false);
    t.bigInteger('paused_at').nullable();
    t.text('pause_reason').nullable();
    t.string('fingerprint', 64).nullable();
    t.bigInteger('resumed_at').nullable();
  });
}

export async function channelStates(strapi: Core.Strapi): Promise<Map<string, ChannelState>> {
  const rows = (await strapi.db.connection(CHANNEL_STATES_TABLE).select('*')) as Row[];
  return new Map(rows.map((r) => [r.channel, fromRow(r)]));
}

export async function channelState(strapi: Core.Strapi, channel: string): Promise<ChannelState | null> {
  const row = (await strapi.db.connection(CHANNEL_STATES_TABLE).where({ channel }).first()) as Row | undefined;
  return row ? fromRow(row) : null;
}

/** Pure: whether the channel is paused for the credentials it has now (others are tried at once). */
export const pausedFor = (state: ChannelState | null, fingerprint: string): boolean => Boolean(state?.paused && state.fingerprint === fingerprint);

/**
 * Pauses the channel for these credentials. Returns the new state only to the call that paused
 * it (the one that tells people); null when it was paused for these credentials already.
 */
export async function pauseChannel(strapi: Core.Strapi, channel: string, fingerprint: string, reason: string, now = new Date()): Promise<ChannelState | null> {
  const db = strapi.db.connection;
  const data = { paused: true, paused_at: now.getTime(), pause_reason: reason.slice(0, 2000), fingerprint };
  try {
    await db(CHANNEL_STATES_TABLE).insert({ channel, ...data, resumed_at: null });
    return channelState(strapi, channel);
  } catch (e) {
    if (!(await channelState(strapi, channel))) throw e;
    // The channel has a row: pause it unless it is paused for these credentials already.
    const changed = await db(CHANNEL_STATES_TABLE)
      .where({ channel })
      .andWhere((w) => w.where({ paused: false }).orWhereNot({ fingerprint }).orWhereNull('fingerprint'))
      .update(data);
    return changed ? channelState(strapi, channel) : null;
  }
}

/** Lifts a pause (the credentials work again). True when the channel was paused. */
export async function resumeChannel(strapi: Core.Strapi, channel: string, now = new Date()): Promise<boolean> {
  const changed = await strapi.db.connection(CHANNEL_STATES_TABLE).where({ channel, paused: true }).update({ paused: false, resumed_at: now.getTime() });
  return changed > 0;
}
