'use strict';

const { check, doc } = require('../lib/check');
const { assert, apiError, status } = require('../lib/expect');
const { createContact, createCompany, createDeal, createTicket } = require('../lib/records');

const basic = (ctx) => ctx.hubspot.crm.associations.v4.basicApi;
const batch = (ctx) => ctx.hubspot.crm.associations.v4.batchApi;
const labels = (ctx) => ctx.hubspot.crm.associations.v4.schema.definitionsApi;

const HUBSPOT = 'HUBSPOT_DEFINED';
const USER = 'USER_DEFINED';

async function pair(ctx) {
  return { contact: await createContact(ctx), company: await createCompany(ctx) };
}

/** The association types of one contact → company pair, read through the v4 list. */
async function typesBetween(ctx, contactId, companyId) {
  const page = await basic(ctx).getPage('contacts', contactId, 'companies');
  const row = page.results.find((r) => String(r.toObjectId) === String(companyId));
  return row ? row.associationTypes : [];
}

/** An account label between contacts and companies, made once. */
function decisionMakerLabel(ctx) {
  return ctx.once('decisionMakerLabel', async () => {
    const name = ctx.unique('decider');
    const created = await labels(ctx).create('contacts', 'companies', { label: `Decider ${name}`, name });
    return created.results[0];
  });
}

function defaultTypeCheck(id, from, to, make, expectedTypeId, detail) {
  return check(`associations.${id}`, doc('5.4', detail), async (ctx) => {
    const { fromId, toId } = await make(ctx);
    const result = await basic(ctx).createDefault(from, fromId, to, toId);
    const specs = result.results.filter((r) => String(r._from.id) === String(fromId)).map((r) => r.associationSpec.associationTypeId);
    assert.ok(specs.includes(expectedTypeId), `default types from ${from}: ${JSON.stringify(result.results)}`);
  });
}

module.exports = [
  check('associations.default-returns-200', doc('5.1', 'PUT …/associations/default/… → 200'), async (ctx) => {
    const { contact, company } = await pair(ctx);
    const response = await basic(ctx).createDefaultWithHttpInfo('contacts', contact.id, 'companies', company.id);
    assert.equal(response.httpStatusCode, 200);
    assert.equal(response.data.status, 'COMPLETE');
  }),

  defaultTypeCheck('default-contact-to-company-279', 'contacts', 'companies', async (ctx) => {
    const { contact, company } = await pair(ctx);
    return { fromId: contact.id, toId: company.id };
  }, 279, 'contact → company 279'),

  defaultTypeCheck('default-deal-to-company-341', 'deals', 'companies', async (ctx) => ({ fromId: (await createDeal(ctx)).id, toId: (await createCompany(ctx)).id }), 341, 'deal → company 341'),

  defaultTypeCheck('default-ticket-to-contact-16', 'tickets', 'contacts', async (ctx) => ({ fromId: (await createTicket(ctx)).id, toId: (await createContact(ctx)).id }), 16, 'ticket → contact 16'),

  defaultTypeCheck('default-contact-to-deal-4', 'contacts', 'deals', async (ctx) => ({ fromId: (await createContact(ctx)).id, toId: (await createDeal(ctx)).id }), 4, 'contact → deal 4'),

  check('associations.list-numeric-to-object-id', doc('5.1', 'toObjectId is a JSON number'), async (ctx) => {
    const { contact, company } = await pair(ctx);
    await basic(ctx).createDefault('contacts', contact.id, 'companies', company.id);
    const response = await ctx.raw('GET', `/crm/v4/objects/contacts/${contact.id}/associations/companies`);
    status(response, 200);
    assert.equal(typeof response.body.results[0]?.toObjectId, 'number');
    assert.equal(String(response.body.results[0].toObjectId), company.id);
  }),

  check('associations.list-through-client', doc('5.1', 'GET v4 associations'), async (ctx) => {
    const { contact, company } = await pair(ctx);
    await basic(ctx).createDefault('contacts', contact.id, 'companies', company.id);
    const types = await typesBetween(ctx, contact.id, company.id);
    assert.deepEqual(types.map((t) => [t.category, t.typeId, t.label ?? null]), [[HUBSPOT, 279, null]]);
  }),

  check('associations.labelled-put-returns-201', doc('5.1', 'PUT with types → 201 LabelsBetweenObjectPair'), async (ctx) => {
    const { contact, company } = await pair(ctx);
    const response = await basic(ctx).createWithHttpInfo('contacts', contact.id, 'companies', company.id, [{ associationCategory: HUBSPOT, associationTypeId: 279 }]);
    assert.equal(response.httpStatusCode, 201);
    assert.equal(String(response.data.fromObjectId), contact.id);
    assert.equal(String(response.data.toObjectId), company.id);
    assert.equal(response.data.fromObjectTypeId, '0-1');
    assert.equal(response.data.toObjectTypeId, '0-2');
  }),

  check('associations.labelled-put-numeric-ids', doc('5.1', 'labelled PUT response carries numbers'), async (ctx) => {
    const { contact, company } = await pair(ctx);
    const response = await ctx.raw('PUT', `/crm/v4/objects/contacts/${contact.id}/associations/companies/${company.id}`, { body: [{ associationCategory: HUBSPOT, associationTypeId: 279 }] });
    status(response, 201);
    assert.equal(typeof response.body.fromObjectId, 'number');
    assert.equal(typeof response.body.toObjectId, 'number');
  }),

  check('associations.primary-adds-unlabeled', doc('5.4', 'creating a primary also creates the unlabeled type'), async (ctx) => {
    const { contact, company } = await pair(ctx);
    await basic(ctx).create('contacts', contact.id, 'companies', company.id, [{ associationCategory: HUBSPOT, associationTypeId: 1 }]);
    const typeIds = (await typesBetween(ctx, contact.id, company.id)).map((t) => t.typeId).sort((a, b) => a - b);
    assert.deepEqual(typeIds, [1, 279]);
  }),

  check('associations.primary-label', doc('5.1', 'the primary type has label "Primary"'), async (ctx) => {
    const { contact, company } = await pair(ctx);
    await basic(ctx).create('contacts', contact.id, 'companies', company.id, [{ associationCategory: HUBSPOT, associationTypeId: 1 }]);
    const primary = (await typesBetween(ctx, contact.id, company.id)).find((t) => t.typeId === 1);
    assert.equal(primary?.label, 'Primary');
  }),

  check('associations.only-one-primary-company', doc('5.4', '"only one can be the primary company"'), async (ctx) => {
    const contact = await createContact(ctx);
    const first = await createCompany(ctx);
    const second = await createCompany(ctx);
    await basic(ctx).create('contacts', contact.id, 'companies', first.id, [{ associationCategory: HUBSPOT, associationTypeId: 1 }]);
    await basic(ctx).create('contacts', contact.id, 'companies', second.id, [{ associationCategory: HUBSPOT, associationTypeId: 1 }]);
    const firstTypes = (await typesBetween(ctx, contact.id, first.id)).map((t) => t.typeId);
    assert.ok(!firstTypes.includes(1), 'the first company is still primary');
  }),

  check('associations.both-directions', doc('5.4', 'each pair has an id per direction'), async (ctx) => {
    const { contact, company } = await pair(ctx);
    await basic(ctx).create('contacts', contact.id, 'companies', company.id, [{ associationCategory: HUBSPOT, associationTypeId: 279 }]);
    const page = await basic(ctx).getPage('companies', company.id, 'contacts');
    const row = page.results.find((r) => String(r.toObjectId) === contact.id);
    assert.ok(row?.associationTypes.some((t) => t.typeId === 280), `company → contact types: ${JSON.stringify(row)}`);
  }),

  check('associations.delete-removes-every-type', doc('5.1', 'DELETE removes all associations between the pair'), async (ctx) => {
    const { contact, company } = await pair(ctx);
    await basic(ctx).create('contacts', contact.id, 'companies', company.id, [{ associationCategory: HUBSPOT, associationTypeId: 1 }]);
    const response = await basic(ctx).archiveWithHttpInfo('contacts', contact.id, 'companies', company.id);
    assert.equal(response.httpStatusCode, 204);
    assert.deepEqual(await typesBetween(ctx, contact.id, company.id), []);
  }),

  check('associations.list-paging', doc('5.1', 'limit, after'), async (ctx) => {
    const contact = await createContact(ctx);
    for (let i = 0; i < 3; i += 1) {
      await basic(ctx).createDefault('contacts', contact.id, 'companies', (await createCompany(ctx)).id);
    }
    const first = await basic(ctx).getPage('contacts', contact.id, 'companies', undefined, 2);
    assert.equal(first.results.length, 2);
    assert.ok(first.paging?.next?.after, 'paging.next.after missing');
    const second = await basic(ctx).getPage('contacts', contact.id, 'companies', first.paging.next.after, 2);
    assert.equal(second.results.length, 1);
    assert.equal(second.paging, undefined);
  }),

  check('associations.singular-object-type', doc('5.1', 'singular, plural or type id in the path'), async (ctx) => {
    const { contact, company } = await pair(ctx);
    await basic(ctx).createDefault('contact', contact.id, 'company', company.id);
    const page = await basic(ctx).getPage('0-1', contact.id, '0-2');
    assert.ok(page.results.some((r) => String(r.toObjectId) === company.id));
  }),

  check('associations.invalid-type-400', doc('5.1', '400 INVALID_ASSOCIATION_TYPE'), async (ctx) => {
    const { contact, company } = await pair(ctx);
    const error = await apiError(() => basic(ctx).create('contacts', contact.id, 'companies', company.id, [{ associationCategory: HUBSPOT, associationTypeId: 3 }]), 400);
    assert.equal(error.body.category, 'VALIDATION_ERROR');
    assert.equal(error.body.subCategory, 'crm.associations.INVALID_ASSOCIATION_TYPE');
  }),

  check('associations.batch-create-returns-201', doc('5.1', 'batch/create → 201'), async (ctx) => {
    const { contact, company } = await pair(ctx);
    const response = await batch(ctx).createWithHttpInfo('contacts', 'companies', {
      inputs: [{ _from: { id: contact.id }, to: { id: company.id }, types: [{ associationCategory: HUBSPOT, associationTypeId: 279 }] }],
    });
    assert.equal(response.httpStatusCode, 201);
    assert.equal(response.data.results.length, 1);
  }),

  check('associations.batch-read', doc('5.1', 'batch/read: results[{from, to[{toObjectId, associationTypes}]}]'), async (ctx) => {
    const { contact, company } = await pair(ctx);
    await basic(ctx).createDefault('contacts', contact.id, 'companies', company.id);
    const result = await batch(ctx).getPage('contacts', 'companies', { inputs: [{ id: contact.id }] });
    const row = result.results.find((r) => String(r._from.id) === contact.id);
    assert.ok(row?.to.some((t) => String(t.toObjectId) === company.id && t.associationTypes.some((a) => a.typeId === 279)), JSON.stringify(result.results));
  }),

  check('associations.batch-read-numeric-to-object-id', doc('5.1', 'batch read toObjectId is a number'), async (ctx) => {
    const { contact, company } = await pair(ctx);
    await basic(ctx).createDefault('contacts', contact.id, 'companies', company.id);
    const response = await ctx.raw('POST', '/crm/v4/associations/contacts/companies/batch/read', { body: { inputs: [{ id: contact.id }] } });
    status(response, 200);
    assert.equal(typeof response.body.results[0]?.to[0]?.toObjectId, 'number');
  }),

  check('associations.batch-associate-default', doc('5.1', 'batch/associate/default → 200'), async (ctx) => {
    const { contact, company } = await pair(ctx);
    const result = await batch(ctx).createDefault('contacts', 'companies', { inputs: [{ _from: { id: contact.id }, to: { id: company.id } }] });
    assert.equal(result.status, 'COMPLETE');
    assert.deepEqual((await typesBetween(ctx, contact.id, company.id)).map((t) => t.typeId), [279]);
  }),

  check('associations.batch-archive', doc('5.1', 'batch/archive → 204'), async (ctx) => {
    const { contact, company } = await pair(ctx);
    await basic(ctx).createDefault('contacts', contact.id, 'companies', company.id);
    const response = await batch(ctx).archiveWithHttpInfo('contacts', 'companies', { inputs: [{ _from: { id: contact.id }, to: [{ id: company.id }] }] });
    assert.equal(response.httpStatusCode, 204);
    assert.deepEqual(await typesBetween(ctx, contact.id, company.id), []);
  }),

  check('associations.batch-labels-archive-keeps-others', doc('5.1', 'batch/labels/archive removes the listed types'), async (ctx) => {
    const { contact, company } = await pair(ctx);
    await basic(ctx).create('contacts', contact.id, 'companies', company.id, [{ associationCategory: HUBSPOT, associationTypeId: 1 }]);
    await batch(ctx).archiveLabels('contacts', 'companies', { inputs: [{ _from: { id: contact.id }, to: { id: company.id }, types: [{ associationCategory: HUBSPOT, associationTypeId: 1 }] }] });
    assert.deepEqual((await typesBetween(ctx, contact.id, company.id)).map((t) => t.typeId), [279]);
  }),

  check('associations.labels-archive-unlabeled-removes-all', doc('5.1', '"deleting the unlabeled type deletes all labels"'), async (ctx) => {
    const { contact, company } = await pair(ctx);
    await basic(ctx).create('contacts', contact.id, 'companies', company.id, [{ associationCategory: HUBSPOT, associationTypeId: 1 }]);
    await batch(ctx).archiveLabels('contacts', 'companies', { inputs: [{ _from: { id: contact.id }, to: { id: company.id }, types: [{ associationCategory: HUBSPOT, associationTypeId: 279 }] }] });
    assert.deepEqual(await typesBetween(ctx, contact.id, company.id), []);
  }),

  check('associations.labels-list', doc('5.2', 'GET …/labels'), async (ctx) => {
    const listed = await labels(ctx).getAll('contacts', 'companies');
    const byId = Object.fromEntries(listed.results.map((t) => [t.typeId, t]));
    assert.equal(byId[279]?.category, HUBSPOT);
    assert.equal(byId[1]?.label, 'Primary');
  }),

  check('associations.labels-create', doc('5.2', 'POST …/labels {label, name}'), async (ctx) => {
    const created = await decisionMakerLabel(ctx);
    assert.equal(created.category, USER);
    assert.ok(Number.isInteger(created.typeId), `typeId: ${created.typeId}`);
  }),

  check('associations.labels-create-paired', doc('5.2', 'paired label: two USER_DEFINED types'), async (ctx) => {
    const name = ctx.unique('manager');
    const created = await labels(ctx).create('contacts', 'contacts', { label: `Manager ${name}`, inverseLabel: `Employee ${name}`, name });
    assert.deepEqual(created.results.map((t) => t.label).sort(), [`Employee ${name}`, `Manager ${name}`]);
    assert.ok(created.results.every((t) => t.category === USER));
  }),

  check('associations.labels-used-on-records', doc('5.1', 'USER_DEFINED label on a record pair'), async (ctx) => {
    const label = await decisionMakerLabel(ctx);
    const { contact, company } = await pair(ctx);
    await basic(ctx).create('contacts', contact.id, 'companies', company.id, [{ associationCategory: USER, associationTypeId: label.typeId }]);
    const types = await typesBetween(ctx, contact.id, company.id);
    assert.ok(types.some((t) => t.typeId === label.typeId && t.label === label.label), JSON.stringify(types));
    assert.ok(types.some((t) => t.typeId === 279), 'the unlabeled type was not added beside the label');
  }),

  check('associations.labels-update', doc('5.2', 'PUT …/labels'), async (ctx) => {
    const name = ctx.unique('rename');
    const created = (await labels(ctx).create('contacts', 'companies', { label: `Before ${name}`, name })).results[0];
    await labels(ctx).update('contacts', 'companies', { associationTypeId: created.typeId, label: `After ${name}` });
    const listed = await labels(ctx).getAll('contacts', 'companies');
    assert.equal(listed.results.find((t) => t.typeId === created.typeId)?.label, `After ${name}`);
  }),

  check('associations.labels-delete', doc('5.2', 'DELETE …/labels/{associationTypeId}'), async (ctx) => {
    const name = ctx.unique('gone');
    const created = (await labels(ctx).create('contacts', 'companies', { label: `Delete ${name}`, name })).results[0];
    const response = await labels(ctx).removeWithHttpInfo('contacts', 'companies', created.typeId);
    assert.equal(response.httpStatusCode, 204);
    const listed = await labels(ctx).getAll('contacts', 'companies');
    assert.ok(!listed.results.some((t) => t.typeId === created.typeId), 'the deleted label is still listed');
  }),
];
