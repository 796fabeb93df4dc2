import crypto from 'node:crypto';

/**
 * The visitor's address, vouched for by this site, for the CMS's rate limits: the CMS honours
 * it only with a fresh signature made with SITE_RELAY_SECRET, which visitors do not have
 * (cms/src/edge/relay.ts reads it; both are tested against the same vector).
 */
export const RELAY_HEADER = 'X-Sigobito-Client';

/** Pure: `v1;<address>;<unix seconds>;<HMAC-SHA256 base64url>`. */
export function signRelayedClient(address: string, nowMs: number, secret: string): string {
  const seconds = Math.floor(nowMs / 1000);
  const mac = crypto.createHmac('sha256', secret).update(`sigobito:relayed-client:v1|${address}|${seconds}`).digest('base64url');
  return `v1;${address};${seconds};${mac}`;
}

/** The header to add to a call made for a visitor, or none without an address or a secret. */
export function relayHeaders(clientAddress: string | undefined, secret = process.env.SITE_RELAY_SECRET, nowMs = Date.now()): Record<string, string> {
  if (!clientAddress || !secret) return {};
  return { [RELAY_HEADER]: signRelayedClient(clientAddress, nowMs, secret) };
}
