import crypto from 'node:crypto';
import net from 'node:net';

/**
 * The public site calls the CMS on behalf of its visitors (the request form). So that the CMS
 * limits each visitor, not the site, the site sends the visitor's address in this header,
 * signed with SITE_RELAY_SECRET: `v1;<address>;<unix seconds>;<HMAC-SHA256, base64url>`.
 * Anyone else's header (a visitor's, a forged one, a stale one) is ignored.
 * public-site/src/lib/relay.ts writes it; both sides are tested against the same vector.
 */
export const RELAY_HEADER = 'x-sigobito-client';
/** A signed address is honoured this long (the site sends it at once; clocks may differ a little). */
export const RELAY_MAX_AGE_SECONDS = 60;

const mac = (address: string, seconds: number, secret: string) =>
  crypto.createHmac('sha256', secret).update(`sigobito:relayed-client:v1|${address}|${seconds}`).digest('base64url');

/** Pure: the header value the public site sends for a visitor. */
export const signRelayedClient = (address: string, nowMs: number, secret: string): string => {
  const seconds = Math.floor(nowMs / 1000);
  return `v1;${address};${seconds};${mac(address, seconds, secret)}`;
};

/** Pure: the visitor's address when the header is the site's, fresh and well signed; else null. */
export function relayedClient(header: unknown, nowMs: number, secret: string): string | null {
  if (typeof header !== 'string' || header.length > 200) return null;
  const m = /^v1;([0-9A-Fa-f:.]{2,45});(\d{1,12});([A-Za-z0-9_-]{43})$/.exec(header);
  if (!m || net.isIP(m[1]) === 0) return null;
  const seconds = Number(m[2]);
  if (Math.abs(nowMs / 1000 - seconds) > RELAY_MAX_AGE_SECONDS) return null;
  const expected = Buffer.from(mac(m[1], seconds, secret));
  const given = Buffer.from(m[3]);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? m[1] : null;
}
