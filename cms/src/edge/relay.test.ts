import { relayedClient, RELAY_MAX_AGE_SECONDS, signRelayedClient } from './relay';

const secret = 'test-site-relay-secret-00';
const now = Date.UTC(2026, 5, 1, 12, 0, 0);

describe("the visitor's address the public site passes on", () => {
  it('is read back when the site signed it moments ago', () => {
    expect(relayedClient(signRelayedClient('203.0.113.7', now, secret), now + 2000, secret)).toBe('203.0.113.7');
    expect(relayedClient(signRelayedClient('2001:db8::1', now, secret), now, secret)).toBe('2001:db8::1');
  });

  it('matches the vector the public site is tested against', () => {
    expect(signRelayedClient('203.0.113.7', now, secret)).toBe(RELAY_VECTOR);
  });

  it('is ignored when signed with another secret, altered, stale or from the future', () => {
    const header = signRelayedClient('203.0.113.7', now, secret);
    expect(relayedClient(signRelayedClient('203.0.113.7', now, 'another-secret-0000000'), now, secret)).toBeNull();
    expect(relayedClient(header.replace('203.0.113.7', '203.0.113.8'), now, secret)).toBeNull();
    expect(relayedClient(header, now + (RELAY_MAX_AGE_SECONDS + 1) * 1000, secret)).toBeNull();
    expect(relayedClient(signRelayedClient('203.0.113.7', now + 120_000, secret), now, secret)).toBeNull();
  });

  it('is ignored when it is not an address or not the format', () => {
    for (const bad of [undefined, '', '1.2.3.4', 'v1;not-an-ip;1;' + 'a'.repeat(43), 'v2;1.2.3.4;1;' + 'a'.repeat(43), ['x'], 'v1;' + 'a'.repeat(300)]) {
      expect(relayedClient(bad, now, secret)).toBeNull();
    }
    const fake = signRelayedClient('999.1.1.1', now, secret);
    expect(relayedClient(fake, now, secret)).toBeNull();
  });
});

/** Shared with public-site/src/lib/relay.test.ts: the two sides must agree byte for byte. */
const RELAY_VECTOR = 'v1;203.0.113.7;1780315200;Sxfu6w3-IZPZW1oQG2R4goCMJ_XbZfP8jUjOKEvcTzM';
