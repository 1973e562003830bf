'use strict';

const { check, doc } = require('../lib/check');
const { assert, apiError, header, status, uuid } = require('../lib/expect');
const { createContact, createDeal } = require('../lib/records');

const ERRORS = doc('7.1');

/** A raw 404 for a contact id that does not exist. */
function notFound(ctx) {
  return ctx.once('notFound', () => ctx.raw('GET', '/crm/v3/objects/contacts/9999999995'));
}

module.exports = [
  check('errors.not-found-body', doc('7.1', '404 OBJECT_NOT_FOUND "Object not found.  objectId are usually numeric."'), async (ctx) => {
    const response = await notFound(ctx);
    status(response, 404);
    assert.equal(response.body.category, 'OBJECT_NOT_FOUND');
    assert.equal(response.body.message, 'Object not found.  objectId are usually numeric.');
    assert.deepEqual(response.body.context?.id, ['9999999995']);
  }),

  check('errors.status-field-is-error', doc('7.1', 'real bodies carry "status": "error"'), async (ctx) => {
    assert.equal((await notFound(ctx)).body.status, 'error');
  }),

  check('errors.correlation-id-header-matches-body', doc('7.1', 'the body correlationId matches the header'), async (ctx) => {
    const response = await notFound(ctx);
    assert.equal(header(response.headers, 'x-hubspot-correlation-id'), response.body.correlationId);
  }),

  check('errors.correlation-id-is-uuid', doc('7.1', 'correlationId (uuid)'), async (ctx) => {
    uuid((await notFound(ctx)).body.correlationId, 'correlationId');
  }),

  check('errors.correlation-id-on-success', doc('7.1', '"x-hubspot-correlation-id on every response"'), async (ctx) => {
    const created = await createContact(ctx);
    const response = await ctx.raw('GET', `/crm/v3/objects/contacts/${created.id}`);
    status(response, 200);
    uuid(header(response.headers, 'x-hubspot-correlation-id'), 'x-hubspot-correlation-id');
  }),

  check('errors.content-type-json-utf8', doc('7.1', 'application/json;charset=utf-8'), async (ctx) => {
    const value = header((await notFound(ctx)).headers, 'content-type') ?? '';
    assert.match(value.replace(/\s/g, '').toLowerCase(), /^application\/json;charset=utf-8$/);
  }),

  check('errors.client-exception-carries-correlation-id', ERRORS, async (ctx) => {
    const error = await apiError(() => ctx.hubspot.crm.contacts.basicApi.getById('9999999994'), 404);
    assert.equal(error.headers['x-hubspot-correlation-id'], error.body.correlationId);
    assert.equal(error.body.category, 'OBJECT_NOT_FOUND');
  }),

  check('errors.validation-error-body', doc('7.1', '400 VALIDATION_ERROR "Property values were not valid"'), async (ctx) => {
    const response = await ctx.raw('POST', '/crm/v3/objects/contacts', { body: { properties: { email: ctx.email(), missing: 'x' } } });
    status(response, 400);
    assert.equal(response.body.category, 'VALIDATION_ERROR');
    assert.match(response.body.message, /^Property values were not valid: \[/);
    const details = JSON.parse(response.body.message.slice('Property values were not valid: '.length));
    assert.deepEqual(details.map((d) => [d.isValid, d.name, d.error]), [[false, 'missing', 'PROPERTY_DOESNT_EXIST']]);
  }),

  check('errors.validation-errors-array', doc('7.1', 'errors[{message, code, context.propertyName}]'), async (ctx) => {
    const error = await apiError(() => createDeal(ctx, { amount: 'not a number' }), 400);
    const detail = error.body.errors?.find((e) => e.context?.propertyName?.includes('amount'));
    assert.ok(detail, `errors: ${JSON.stringify(error.body.errors)}`);
    assert.equal(detail.code, 'INVALID_INTEGER');
  }),

  check('errors.conflict-body', doc('7.1', '409 CONFLICT'), async (ctx) => {
    const created = await createContact(ctx);
    const response = await ctx.raw('POST', '/crm/v3/objects/contacts', { body: { properties: { email: created.properties.email } } });
    status(response, 409);
    assert.equal(response.body.status, 'error');
    assert.equal(response.body.category, 'CONFLICT');
    uuid(response.body.correlationId, 'correlationId');
  }),

  check('errors.unknown-token-401', doc('7.1', '401 INVALID_AUTHENTICATION'), async (ctx) => {
    const response = await ctx.raw('GET', '/crm/v3/objects/contacts', { accessToken: 'pat-na1-00000000-0000-0000-0000-000000000000' });
    status(response, 401);
    assert.equal(response.body.category, 'INVALID_AUTHENTICATION');
  }),

  check('errors.missing-token-401', doc('7.1', '401 "Authentication credentials not found"'), async (ctx) => {
    const response = await ctx.raw('GET', '/crm/v3/objects/contacts', { accessToken: null });
    status(response, 401);
    assert.equal(response.body.category, 'INVALID_AUTHENTICATION');
    assert.match(response.body.message, /^Authentication credentials not found/);
  }),

  check('errors.auth-failure-header', doc('7.1', 'x-hubspot-auth-failure: 401 Unauthorized'), async (ctx) => {
    const response = await ctx.raw('GET', '/crm/v3/objects/contacts', { accessToken: 'pat-na1-00000000-0000-0000-0000-000000000000' });
    assert.equal(header(response.headers, 'x-hubspot-auth-failure'), '401 Unauthorized');
  }),

  check('errors.missing-scopes-403', doc('7.1', '403 MISSING_SCOPES, requiredScopes'), async (ctx) => {
    assert.ok(ctx.readOnlyHubspot, 'the runner needs --read-only-token (a token with crm.objects.contacts.read only)');
    const error = await apiError(() => ctx.readOnlyHubspot.crm.contacts.basicApi.create({ properties: { email: ctx.email() }, associations: [] }), 403);
    assert.equal(error.body.category, 'MISSING_SCOPES');
    assert.ok(error.body.errors?.[0]?.context?.requiredScopes?.includes('crm.objects.contacts.write'), JSON.stringify(error.body.errors));
  }),

  check('errors.read-only-token-can-read', doc('7.1', 'scopes are per endpoint'), async (ctx) => {
    assert.ok(ctx.readOnlyHubspot, 'the runner needs --read-only-token');
    const page = await ctx.readOnlyHubspot.crm.contacts.basicApi.getPage(1);
    assert.ok(Array.isArray(page.results));
  }),

  check('errors.patch-without-properties-400', `${doc('2.1', 'PATCH')}; issue 15 ("No properties found to update")`, async (ctx) => {
    const created = await createContact(ctx);
    const error = await apiError(() => ctx.hubspot.crm.contacts.basicApi.update(created.id, { properties: {} }), 400);
    assert.equal(error.body.category, 'VALIDATION_ERROR');
  }),

  check('errors.invalid-json-400', doc('5.1', '400 "Invalid input JSON on line 1, column 1"'), async (ctx) => {
    const response = await ctx.raw('POST', '/crm/v3/objects/contacts', { rawBody: '{"properties": ' });
    status(response, 400);
    assert.match(response.body?.message ?? '', /^Invalid input JSON/);
  }),
];
