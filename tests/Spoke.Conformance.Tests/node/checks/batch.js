'use strict';

const { check, doc } = require('../lib/check');
const { assert, apiError, isoMillisUtc, status } = require('../lib/expect');
const { createContact } = require('../lib/records');

const batch = (ctx) => ctx.hubspot.crm.contacts.batchApi;
const contacts = (ctx) => ctx.hubspot.crm.contacts.basicApi;

const inputsFor = (ctx, count, extra = {}) =>
  Array.from({ length: count }, () => ({ properties: { email: ctx.email('batch'), ...extra }, associations: [] }));

/** Whether a contact with `email` exists (read by the unique `email` property). */
async function contactExists(ctx, email) {
  try {
    await contacts(ctx).getById(email, undefined, undefined, undefined, false, 'email');
    return true;
  } catch (error) {
    if (error?.code === 404) {
      return false;
    }
    throw error;
  }
}

module.exports = [
  check('batch.create-returns-201-complete', doc('3', 'batch/create 201, status COMPLETE'), async (ctx) => {
    const response = await batch(ctx).createWithHttpInfo({ inputs: inputsFor(ctx, 2) });
    assert.equal(response.httpStatusCode, 201);
    assert.equal(response.data.status, 'COMPLETE');
    assert.equal(response.data.results.length, 2);
  }),

  check('batch.create-times-iso', doc('3', 'startedAt, completedAt'), async (ctx) => {
    const response = await ctx.raw('POST', '/crm/v3/objects/contacts/batch/create', { body: { inputs: inputsFor(ctx, 1) } });
    status(response, 201);
    isoMillisUtc(response.body.startedAt, 'startedAt');
    isoMillisUtc(response.body.completedAt, 'completedAt');
  }),

  check('batch.create-results-carry-ids-and-values', doc('3'), async (ctx) => {
    const inputs = inputsFor(ctx, 3);
    const result = await batch(ctx).create({ inputs });
    const emails = result.results.map((r) => r.properties.email).sort();
    assert.deepEqual(emails, inputs.map((i) => i.properties.email).sort());
    assert.ok(result.results.every((r) => /^\d+$/.test(r.id)), 'an id is not a numeric string');
  }),

  check('batch.create-100-inputs-accepted', doc('3', '100 inputs per request'), async (ctx) => {
    const result = await batch(ctx).create({ inputs: inputsFor(ctx, 100) });
    assert.equal(result.results.length, 100);
  }),

  check('batch.create-101-inputs-400', doc('3', '100 inputs per request'), async (ctx) => {
    const inputs = inputsFor(ctx, 101);
    await apiError(() => batch(ctx).create({ inputs }), 400);
    assert.equal(await contactExists(ctx, inputs[0].properties.email), false, 'part of a refused batch was created');
  }),

  check('batch.read-101-inputs-400', doc('3', '100 inputs per request'), async (ctx) => {
    const inputs = Array.from({ length: 101 }, (_, i) => ({ id: String(i + 1) }));
    await apiError(() => batch(ctx).read({ inputs, properties: ['email'], propertiesWithHistory: [] }), 400);
  }),

  check('batch.update-101-inputs-400', doc('3', '100 inputs per request'), async (ctx) => {
    const inputs = Array.from({ length: 101 }, (_, i) => ({ id: String(i + 1), properties: { firstname: 'x' } }));
    await apiError(() => batch(ctx).update({ inputs }), 400);
  }),

  check('batch.read-by-ids', doc('3', 'batch/read'), async (ctx) => {
    const a = await createContact(ctx, { firstname: 'Read1' });
    const b = await createContact(ctx, { firstname: 'Read2' });
    const response = await batch(ctx).readWithHttpInfo({ inputs: [{ id: a.id }, { id: b.id }], properties: ['firstname'], propertiesWithHistory: [] });
    assert.equal(response.httpStatusCode, 200);
    assert.equal(response.data.status, 'COMPLETE');
    const names = Object.fromEntries(response.data.results.map((r) => [r.id, r.properties.firstname]));
    assert.deepEqual(names, { [a.id]: 'Read1', [b.id]: 'Read2' });
  }),

  check('batch.read-by-id-property', doc('3', 'batch/read idProperty'), async (ctx) => {
    const a = await createContact(ctx);
    const result = await batch(ctx).read({ inputs: [{ id: a.properties.email }], idProperty: 'email', properties: ['email'], propertiesWithHistory: [] });
    assert.equal(result.results[0]?.id, a.id);
  }),

  check('batch.read-without-properties-with-history', doc('3', 'docs examples leave propertiesWithHistory out'), async (ctx) => {
    const a = await createContact(ctx);
    const response = await ctx.raw('POST', '/crm/v3/objects/contacts/batch/read', { body: { inputs: [{ id: a.id }], properties: ['email'] } });
    status(response, 200);
    assert.equal(response.body.results[0].id, a.id);
  }),

  check('batch.read-missing-id-207', doc('3', 'batch/read: missing ids in errors, 207'), async (ctx) => {
    const a = await createContact(ctx);
    const response = await batch(ctx).readWithHttpInfo({ inputs: [{ id: a.id }, { id: '9999999997' }], properties: ['email'], propertiesWithHistory: [] });
    assert.equal(response.httpStatusCode, 207);
    assert.equal(response.data.numErrors, 1);
    assert.equal(response.data.results.length, 1);
  }),

  check('batch.read-archived-true', doc('3', 'batch/read ?archived'), async (ctx) => {
    const a = await createContact(ctx);
    await contacts(ctx).archive(a.id);
    const result = await batch(ctx).read({ inputs: [{ id: a.id }], properties: ['email'], propertiesWithHistory: [] }, true);
    assert.equal(result.results[0]?.id, a.id);
    assert.equal(result.results[0]?.archived, true);
  }),

  check('batch.update-returns-200', doc('3', 'batch/update 200'), async (ctx) => {
    const a = await createContact(ctx);
    const b = await createContact(ctx);
    const response = await batch(ctx).updateWithHttpInfo({ inputs: [{ id: a.id, properties: { jobtitle: 'A' } }, { id: b.id, properties: { jobtitle: 'B' } }] });
    assert.equal(response.httpStatusCode, 200);
    const read = await contacts(ctx).getById(b.id, ['jobtitle']);
    assert.equal(read.properties.jobtitle, 'B');
  }),

  check('batch.update-by-id-property', doc('3', 'batch/update idProperty per input'), async (ctx) => {
    const a = await createContact(ctx);
    await batch(ctx).update({ inputs: [{ id: a.properties.email, idProperty: 'email', properties: { jobtitle: 'ByEmail' } }] });
    const read = await contacts(ctx).getById(a.id, ['jobtitle']);
    assert.equal(read.properties.jobtitle, 'ByEmail');
  }),

  check('batch.update-unknown-id-fails-whole-batch', doc('3', 'without trace ids one bad input fails the batch'), async (ctx) => {
    const a = await createContact(ctx, { jobtitle: 'Before' });
    await apiError(() => batch(ctx).update({ inputs: [{ id: a.id, properties: { jobtitle: 'After' } }, { id: '9999999996', properties: { jobtitle: 'x' } }] }), 404);
    const read = await contacts(ctx).getById(a.id, ['jobtitle']);
    assert.equal(read.properties.jobtitle, 'Before', 'the valid input of a failed batch was applied');
  }),

  check('batch.upsert-creates-new', doc('3', 'batch/upsert, new: true'), async (ctx) => {
    const email = ctx.email('upsert');
    const result = await batch(ctx).upsert({ inputs: [{ id: email, idProperty: 'email', properties: { firstname: 'New' } }] });
    assert.equal(result.results.length, 1);
    assert.equal(result.results[0]._new, true);
    assert.equal(await contactExists(ctx, email), true);
  }),

  check('batch.upsert-updates-existing', doc('3', 'batch/upsert, new: false'), async (ctx) => {
    const a = await createContact(ctx, { firstname: 'Old' });
    const result = await batch(ctx).upsert({ inputs: [{ id: a.properties.email, idProperty: 'email', properties: { firstname: 'Upserted' } }] });
    assert.equal(result.results[0].id, a.id);
    assert.equal(result.results[0]._new, false);
    const read = await contacts(ctx).getById(a.id, ['firstname']);
    assert.equal(read.properties.firstname, 'Upserted');
  }),

  check('batch.archive-returns-204', doc('3', 'batch/archive 204'), async (ctx) => {
    const a = await createContact(ctx);
    const response = await batch(ctx).archiveWithHttpInfo({ inputs: [{ id: a.id }] });
    assert.equal(response.httpStatusCode, 204);
    await apiError(() => contacts(ctx).getById(a.id), 404);
  }),

  check('batch.create-207-with-trace-ids', doc('3', '207 when each input has objectWriteTraceId'), async (ctx) => {
    const good = ctx.email('good');
    const response = await batch(ctx).createWithHttpInfo({
      inputs: [
        { properties: { email: good }, associations: [], objectWriteTraceId: 'good-1' },
        { properties: { email: ctx.email('bad'), missing: 'x' }, associations: [], objectWriteTraceId: 'bad-1' },
      ],
    });
    assert.equal(response.httpStatusCode, 207);
    assert.equal(response.data.numErrors, 1);
    assert.equal(response.data.results.length, 1);
    assert.equal(await contactExists(ctx, good), true, 'the valid input was not created');
  }),

  check('batch.create-207-error-names-trace-id', doc('3', 'errors[].context.objectWriteTraceId'), async (ctx) => {
    const result = await batch(ctx).create({
      inputs: [
        { properties: { email: ctx.email() }, associations: [], objectWriteTraceId: 'ok-2' },
        { properties: { email: ctx.email(), missing: 'x' }, associations: [], objectWriteTraceId: 'broken-2' },
      ],
    });
    const error = result.errors?.[0];
    assert.equal(error?.category, 'VALIDATION_ERROR');
    assert.deepEqual(error?.context?.objectWriteTraceId, ['broken-2']);
  }),

  check('batch.create-fails-fast-without-trace-ids', doc('3', 'otherwise one bad input fails the whole batch'), async (ctx) => {
    const good = ctx.email('good');
    const error = await apiError(() => batch(ctx).create({
      inputs: [
        { properties: { email: good }, associations: [] },
        { properties: { email: ctx.email(), missing: 'x' }, associations: [] },
      ],
    }), 400);
    assert.equal(error.body.category, 'VALIDATION_ERROR');
    assert.equal(await contactExists(ctx, good), false, 'the valid input of a failed batch was created');
  }),

  check('batch.create-fails-fast-if-a-trace-id-is-missing', doc('3', '207 only when every input has a trace id'), async (ctx) => {
    await apiError(() => batch(ctx).create({
      inputs: [
        { properties: { email: ctx.email() }, associations: [], objectWriteTraceId: 'only-one' },
        { properties: { email: ctx.email(), missing: 'x' }, associations: [] },
      ],
    }), 400);
  }),

  check('batch.create-duplicate-email-409-names-first', doc('3', '409 CONFLICT naming the first duplicate'), async (ctx) => {
    const first = await createContact(ctx);
    const second = await createContact(ctx);
    const error = await apiError(() => batch(ctx).create({
      inputs: [
        { properties: { email: ctx.email() }, associations: [] },
        { properties: { email: first.properties.email }, associations: [] },
        { properties: { email: second.properties.email }, associations: [] },
      ],
    }), 409);
    assert.equal(error.body.category, 'CONFLICT');
    assert.equal(error.body.message, `Contact already exists. Existing ID: ${first.id}`);
  }),

  check('batch.update-207-with-trace-ids', doc('3', '207 for update with trace ids'), async (ctx) => {
    const a = await createContact(ctx);
    const response = await batch(ctx).updateWithHttpInfo({
      inputs: [
        { id: a.id, properties: { jobtitle: 'Traced' }, objectWriteTraceId: 'u-ok' },
        { id: a.id === '1' ? '2' : '1', properties: { missing: 'x' }, objectWriteTraceId: 'u-bad' },
      ],
    });
    assert.equal(response.httpStatusCode, 207);
    assert.equal(response.data.numErrors, 1);
    const read = await contacts(ctx).getById(a.id, ['jobtitle']);
    assert.equal(read.properties.jobtitle, 'Traced');
  }),
];
