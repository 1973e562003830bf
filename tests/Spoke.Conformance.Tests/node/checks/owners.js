'use strict';

const { check, doc } = require('../lib/check');
const { assert, apiError, numericString, status } = require('../lib/expect');
const { createContact } = require('../lib/records');

const owners = (ctx) => ctx.hubspot.crm.owners.ownersApi;
const OWNERS = doc('10');

const firstOwner = (ctx) => ctx.once('firstOwner', async () => {
  const page = await owners(ctx).getPage(undefined, undefined, 1);
  assert.ok(page.results.length > 0, 'the account has no owners');
  return page.results[0];
});

module.exports = [
  check('owners.list', doc('10', 'GET /crm/v3/owners'), async (ctx) => {
    const response = await owners(ctx).getPageWithHttpInfo();
    assert.equal(response.httpStatusCode, 200);
    assert.ok(response.data.results.length > 0);
  }),

  check('owners.shape', doc('10', 'PublicOwner'), async (ctx) => {
    const response = await ctx.raw('GET', '/crm/v3/owners', { qs: { limit: '1' } });
    status(response, 200);
    const owner = response.body.results[0];
    numericString(owner.id, 'id');
    assert.equal(typeof owner.email, 'string');
    assert.equal(typeof owner.firstName, 'string');
    assert.equal(typeof owner.lastName, 'string');
    assert.equal(typeof owner.userId, 'number');
    assert.ok(['PERSON', 'QUEUE'].includes(owner.type), `type ${owner.type}`);
    assert.equal(owner.archived, false);
  }),

  check('owners.get-by-id', doc('10', 'GET /crm/v3/owners/{ownerId}'), async (ctx) => {
    const owner = await firstOwner(ctx);
    const read = await owners(ctx).getById(Number(owner.id));
    assert.equal(read.email, owner.email);
  }),

  check('owners.get-by-user-id', doc('10', 'idProperty=userId'), async (ctx) => {
    const owner = await firstOwner(ctx);
    const read = await owners(ctx).getById(owner.userId, 'userId');
    assert.equal(read.id, owner.id);
  }),

  check('owners.filter-by-email', doc('10', 'query email'), async (ctx) => {
    const owner = await firstOwner(ctx);
    const page = await owners(ctx).getPage(owner.email);
    assert.deepEqual(page.results.map((o) => o.id), [owner.id]);
  }),

  check('owners.paging', doc('10', 'after, limit'), async (ctx) => {
    const first = await owners(ctx).getPage(undefined, undefined, 1);
    assert.ok(first.paging?.next?.after, 'paging.next.after missing');
    const second = await owners(ctx).getPage(undefined, first.paging.next.after, 1);
    assert.notEqual(second.results[0]?.id, first.results[0].id);
  }),

  check('owners.unknown-404', OWNERS, async (ctx) => {
    await apiError(() => owners(ctx).getById(999999999), 404);
  }),

  check('owners.id-is-hubspot-owner-id', doc('10', 'id is the value used in hubspot_owner_id'), async (ctx) => {
    const owner = await firstOwner(ctx);
    const contact = await createContact(ctx, { hubspot_owner_id: owner.id });
    const read = await ctx.hubspot.crm.contacts.basicApi.getById(contact.id, ['hubspot_owner_id']);
    assert.equal(read.properties.hubspot_owner_id, owner.id);
  }),
];
