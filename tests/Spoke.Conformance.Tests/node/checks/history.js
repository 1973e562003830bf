'use strict';

const { check, doc } = require('../lib/check');
const { apiError, assert, isoMillisUtc, status } = require('../lib/expect');
const { createContact } = require('../lib/records');

const contacts = (ctx) => ctx.hubspot.crm.contacts.basicApi;
const HISTORY = doc('2.2', 'propertiesWithHistory: value, timestamp, sourceType');

/** A contact whose `jobtitle` was written twice. */
function changedContact(ctx) {
  return ctx.once('changedContact', async () => {
    const created = await createContact(ctx, { jobtitle: 'First title' });
    await contacts(ctx).update(created.id, { properties: { jobtitle: 'Second title' } });
    return created;
  });
}

const valuesOf = (entries) => (entries ?? []).map((e) => e.value);

module.exports = [
  check('history.get-returns-history', HISTORY, async (ctx) => {
    const contact = await changedContact(ctx);
    const read = await contacts(ctx).getById(contact.id, ['jobtitle'], ['jobtitle']);
    assert.ok(Array.isArray(read.propertiesWithHistory?.jobtitle), `propertiesWithHistory: ${JSON.stringify(read.propertiesWithHistory)}`);
  }),

  check('history.records-every-change', HISTORY, async (ctx) => {
    const contact = await changedContact(ctx);
    const read = await contacts(ctx).getById(contact.id, undefined, ['jobtitle']);
    assert.deepEqual(valuesOf(read.propertiesWithHistory?.jobtitle).sort(), ['First title', 'Second title']);
  }),

  check('history.entry-shape', HISTORY, async (ctx) => {
    const contact = await changedContact(ctx);
    const response = await ctx.raw('GET', `/crm/v3/objects/contacts/${contact.id}`, { qs: { propertiesWithHistory: 'jobtitle' } });
    status(response, 200);
    const entries = response.body.propertiesWithHistory?.jobtitle ?? [
  check('history.batch-read-caps-inputs-at-50', doc('2.1', 'propertiesWithHistory reduces the maximum per request (50)'), async (ctx) => {
    const inputs = Array.from({ length: 51 }, (_, i) => ({ id: String(i + 1) }));
    await apiError(() => ctx.hubspot.crm.contacts.batchApi.read({ inputs, properties: [], propertiesWithHistory: ['jobtitle'] }), 400);
  }),
];
    assert.ok(entries.length > 0, 'no history entries');
    for (const entry of entries) {
      assert.equal(typeof entry.value, 'string');
      assert.equal(typeof entry.sourceType, 'string');
      isoMillisUtc(entry.timestamp, 'timestamp');
    }
  }),

  check('history.api-writes-carry-source-id', doc('2.2', 'ValueWithTimestamp: optional sourceId'), async (ctx) => {
    const contact = await changedContact(ctx);
    const read = await contacts(ctx).getById(contact.id, undefined, ['jobtitle']);
    const entries = read.propertiesWithHistory?.jobtitle ?? [
  check('history.batch-read-caps-inputs-at-50', doc('2.1', 'propertiesWithHistory reduces the maximum per request (50)'), async (ctx) => {
    const inputs = Array.from({ length: 51 }, (_, i) => ({ id: String(i + 1) }));
    await apiError(() => ctx.hubspot.crm.contacts.batchApi.read({ inputs, properties: [], propertiesWithHistory: ['jobtitle'] }), 400);
  }),
];
    assert.ok(entries.length > 0, 'no history entries');
    for (const entry of entries) {
      assert.equal(entry.sourceType, 'INTEGRATION');
      assert.equal(typeof entry.sourceId, 'string', `entry without sourceId: ${JSON.stringify(entry)}`);
    }
  }),

  check('history.current-value-is-latest', HISTORY, async (ctx) => {
    const contact = await changedContact(ctx);
    const read = await contacts(ctx).getById(contact.id, ['jobtitle'], ['jobtitle']);
    const entries = [...(read.propertiesWithHistory?.jobtitle ?? [])].sort((a, b) => b.timestamp - a.timestamp);
    assert.equal(entries[0]?.value, read.properties.jobtitle);
  }),

  check('history.list-returns-history', doc('2.1', 'list propertiesWithHistory'), async (ctx) => {
    const contact = await changedContact(ctx);
    let after;
    let found;
    do {
      const page = await contacts(ctx).getPage(50, after, ['jobtitle'], ['jobtitle']);
      found = page.results.find((r) => r.id === contact.id);
      after = page.paging?.next?.after;
    } while (!found && after !== undefined);
    assert.ok(found, 'contact not listed');
    assert.deepEqual(valuesOf(found.propertiesWithHistory?.jobtitle).sort(), ['First title', 'Second title']);
  }),

  check('history.batch-read-returns-history', doc('3', 'batch/read propertiesWithHistory'), async (ctx) => {
    const contact = await changedContact(ctx);
    const result = await ctx.hubspot.crm.contacts.batchApi.read({ inputs: [{ id: contact.id }], properties: ['jobtitle'], propertiesWithHistory: ['jobtitle'] });
    assert.deepEqual(valuesOf(result.results[0]?.propertiesWithHistory?.jobtitle).sort(), ['First title', 'Second title']);
  }),

  check('history.batch-read-caps-inputs-at-50', doc('2.1', 'propertiesWithHistory reduces the maximum per request (50)'), async (ctx) => {
    const inputs = Array.from({ length: 51 }, (_, i) => ({ id: String(i + 1) }));
    await apiError(() => ctx.hubspot.crm.contacts.batchApi.read({ inputs, properties: [], propertiesWithHistory: ['jobtitle'] }), 400);
  }),
];
