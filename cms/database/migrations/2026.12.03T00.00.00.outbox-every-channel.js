'use strict';

/**
 * The e-mail outbox becomes the outbox of every channel (issue 8). Its table stays
 * `notifications`; each row gains a `channel` and a JSON `payload`, and an e-mail's `to`,
 * `subject` and `text` move into the payload. Strapi runs this before it syncs the schema (which
 * then drops the three old columns and the old unique index on `key`), so it adds the two
 * columns itself, as Strapi would create them, and fills them: no pending e-mail is lost.
 * A fresh database, or one already converted, has nothing to do.
 */
const TABLE = 'notifications';
const BATCH = 500;

async function up(knex) {
  if (!(await knex.schema.hasTable(TABLE))) return;
  if (!(await knex.schema.hasColumn(TABLE, 'to'))) return;
  if (!(await knex.schema.hasColumn(TABLE, 'channel'))) await knex.schema.alterTable(TABLE, (t) => t.string('channel'));
  if (!(await knex.schema.hasColumn(TABLE, 'payload'))) await knex.schema.alterTable(TABLE, (t) => t.jsonb('payload'));
  for (;;) {
    const rows = await knex(TABLE).select('id', 'to', 'subject', 'text').whereNull('payload').orderBy('id').limit(BATCH);
    if (!rows.length) break;
    for (const row of rows) {
      await knex(TABLE)
        .where({ id: row.id })
        .update({ channel: 'email', payload: JSON.stringify({ to: row.to, subject: row.subject, text: row.text }) });
    }
  }
  await knex(TABLE).whereNull('channel').update({ channel: 'email' });
}

async function down() {
  throw new Error('The outbox cannot go back to e-mail only: restore the backup taken before the upgrade');
}

module.exports = { up, down };
