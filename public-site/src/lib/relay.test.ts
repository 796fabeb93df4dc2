import { relayHeaders, signRelayedClient } from './relay';

const secret = 'test-site-relay-secret-00';
const now = Date.UTC(2026, 5, 1, 12, 0, 0);

describe("the visitor's address passed to the CMS", () => {
  it('is signed exactly as the CMS checks it (the vector of cms/src/edge/relay.test.ts)', () => {
    expect(signRelayedClient('203.0.113.7', now, secret)).toBe('v1;203.0.113.7;1780315200;Sxfu6w3-IZPZW1oQG2R4goCMJ_XbZfP8jUjOKEvcTzM');
  });

  it('is sent only when the site knows the address and has the shared secret', () => {
    expect(relayHeaders('203.0.113.7', secret, now)).toEqual({ 'X-Sigobito-Client': signRelayedClient('203.0.113.7', now, secret) });
    expect(relayHeaders(undefined, secret, now)).toEqual({});
    expect(relayHeaders('203.0.113.7', '', now)).toEqual({});
  });
});
