'use strict';

const { check, doc } = require('../lib/check');
const { assert, header, status } = require('../lib/expect');

const HEADERS = doc('7.3', 'X-HubSpot-RateLimit-* headers');
const BODY_429 = doc('7.3', '429 body');

/** A plain non-search read. */
const read = (ctx) => ctx.raw('GET', '/crm/v3/objects/contacts', { qs: { limit: '1' } });

function headerNumber(response, name) {
  const value = header(response.headers, name);
  assert.ok(value !== undefined, `${name} missing`);
  assert.match(value, /^\d+$/, `${name} is not a whole number: ${value}`);
  return Number(value);
}

/** The first 429 the limited token meets (its burst limit is a few requests per window). */
function burstRefusal(ctx) {
  return ctx.once('burstRefusal', async () => {
    assert.ok(ctx.tokens.limitedToken, 'the runner needs --limited-token (a token with a burst limit of a few requests)');
    for (let i = 0; i < 50; i += 1) {
      const response = await ctx.raw('GET', '/crm/v3/objects/contacts', { qs: { limit: '1' }, accessToken: ctx.tokens.limitedToken });
      if (response.status === 429) {
        return response;
      }
      status(response, 200);
    }
    assert.fail('50 requests in a row were not refused');
  });
}

function headerCheck(id, name, detail) {
  return check(`rate-limits.${id}`, doc('7.3', detail), async (ctx) => {
    headerNumber(await read(ctx), name);
  });
}

module.exports = [
  headerCheck('max-header', 'x-hubspot-ratelimit-max', 'X-HubSpot-RateLimit-Max'),
  headerCheck('remaining-header', 'x-hubspot-ratelimit-remaining', 'X-HubSpot-RateLimit-Remaining'),
  headerCheck('daily-header', 'x-hubspot-ratelimit-daily', 'X-HubSpot-RateLimit-Daily, private apps'),
  headerCheck('daily-remaining-header', 'x-hubspot-ratelimit-daily-remaining', 'X-HubSpot-RateLimit-Daily-Remaining, private apps'),
  headerCheck('secondly-header', 'x-hubspot-ratelimit-secondly', 'X-HubSpot-RateLimit-Secondly, "still sent"'),
  headerCheck('secondly-remaining-header', 'x-hubspot-ratelimit-secondly-remaining', 'X-HubSpot-RateLimit-Secondly-Remaining, "still sent"'),

  check('rate-limits.interval-is-10-seconds', doc('7.3', 'X-HubSpot-RateLimit-Interval-Milliseconds 10000'), async (ctx) => {
    assert.equal(headerNumber(await read(ctx), 'x-hubspot-ratelimit-interval-milliseconds'), 10000);
  }),

  check('rate-limits.remaining-within-max', HEADERS, async (ctx) => {
    const response = await read(ctx);
    assert.ok(headerNumber(response, 'x-hubspot-ratelimit-remaining') < headerNumber(response, 'x-hubspot-ratelimit-max'));
  }),

  check('rate-limits.remaining-counts-down', HEADERS, async (ctx) => {
    // The read-only token has made almost no requests, so none leaves the window between these two.
    assert.ok(ctx.tokens.readOnlyToken, 'the runner needs --read-only-token');
    const readOnce = () => ctx.raw('GET', '/crm/v3/objects/contacts', { qs: { limit: '1' }, accessToken: ctx.tokens.readOnlyToken });
    const first = headerNumber(await readOnce(), 'x-hubspot-ratelimit-remaining');
    const second = headerNumber(await readOnce(), 'x-hubspot-ratelimit-remaining');
    assert.equal(second, first - 1, `remaining went from ${first} to ${second}`);
  }),

  check('rate-limits.headers-on-writes', HEADERS, async (ctx) => {
    const response = await ctx.raw('POST', '/crm/v3/objects/contacts', { body: { properties: { email: ctx.email() } } });
    status(response, 201);
    headerNumber(response, 'x-hubspot-ratelimit-remaining');
  }),

  check('rate-limits.headers-through-client', HEADERS, async (ctx) => {
    const response = await ctx.hubspot.crm.contacts.basicApi.getPageWithHttpInfo(1);
    assert.match(String(response.headers['x-hubspot-ratelimit-max']), /^\d+$/);
  }),

  check('rate-limits.none-on-search', doc('7.3', '"None of these headers appear on search responses"'), async (ctx) => {
    const response = await ctx.raw('POST', '/crm/v3/objects/contacts/search', { body: { filterGroups: [], limit: 1 } });
    status(response, 200);
    const present = [...response.headers.keys()].filter((name) => name.toLowerCase().startsWith('x-hubspot-ratelimit'));
    assert.deepEqual(present, []);
  }),

  check('rate-limits.burst-refused-with-429', doc('7.2', 'requests per 10 s window'), async (ctx) => {
    status(await burstRefusal(ctx), 429);
  }),

  check('rate-limits.429-error-type', BODY_429, async (ctx) => {
    const response = await burstRefusal(ctx);
    assert.equal(response.body.status, 'error');
    assert.equal(response.body.errorType, 'RATE_LIMIT');
  }),

  check('rate-limits.429-policy-name', doc('7.3', 'policyName TEN_SECONDLY_ROLLING'), async (ctx) => {
    const response = await burstRefusal(ctx);
    assert.equal(response.body.policyName, 'TEN_SECONDLY_ROLLING');
    assert.equal(response.body.message, 'You have reached your ten_secondly_rolling limit.');
  }),

  check('rate-limits.429-correlation-id', BODY_429, async (ctx) => {
    const response = await burstRefusal(ctx);
    assert.equal(header(response.headers, 'x-hubspot-correlation-id'), response.body.correlationId);
  }),
];
