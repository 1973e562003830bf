'use strict';

const { check, doc } = require('../lib/check');
const { assert, apiError, hasKeys, status } = require('../lib/expect');
const { createContact } = require('../lib/records');

const core = (ctx) => ctx.hubspot.crm.properties.coreApi;
const batch = (ctx) => ctx.hubspot.crm.properties.batchApi;
const groups = (ctx) => ctx.hubspot.crm.properties.groupsApi;

const textProperty = (name, extra = {}) => ({
  name,
  label: `Label ${name}`,
  type: 'string',
  fieldType: 'text',
  groupName: 'contactinformation',
  ...extra,
});

async function createProperty(ctx, extra) {
  return core(ctx).create('contacts', textProperty(ctx.unique('prop'), extra));
}

async function createGroup(ctx) {
  const name = ctx.unique('group');
  return groups(ctx).create('contacts', { name, label: `Group ${name}`, displayOrder: 5 });
}

module.exports = [
  check('properties.list-returns-results-without-paging', doc('6.1', '{"results":[Property]} (no paging)'), async (ctx) => {
    const response = await ctx.raw('GET', '/crm/v3/properties/contacts');
    status(response, 200);
    assert.ok(Array.isArray(response.body.results) && response.body.results.length > 0, 'no results');
    assert.equal(response.body.paging, undefined);
  }),

  check('properties.list-email-is-unique', doc('6.2', 'email has hasUniqueValue: true'), async (ctx) => {
    const all = await core(ctx).getAll('contacts');
    const email = all.results.find((p) => p.name === 'email');
    assert.equal(email?.hasUniqueValue, true);
  }),

  check('properties.get-by-name', doc('6.1'), async (ctx) => {
    const property = await core(ctx).getByName('contacts', 'firstname');
    assert.equal(property.name, 'firstname');
    assert.equal(property.type, 'string');
  }),

  check('properties.get-unknown-404', doc('6.1'), async (ctx) => {
    await apiError(() => core(ctx).getByName('contacts', 'no_such_property_conformance'), 404);
  }),

  check('properties.shape-has-required-fields', doc('6.2', 'required: name, label, type, fieldType, description, groupName, options'), async (ctx) => {
    const response = await ctx.raw('GET', '/crm/v3/properties/contacts/lifecyclestage');
    status(response, 200);
    hasKeys(response.body, ['name', 'label', 'type', 'fieldType', 'description', 'groupName', 'options'], 'property');
  }),

  check('properties.bool-has-true-false-options', doc('6.2', 'bool properties carry two options'), async (ctx) => {
    const property = await core(ctx).getByName('companies', 'is_public');
    assert.deepEqual(property.options.map((o) => o.value).sort(), ['false', 'true']);
  }),

  check('properties.every-group-name-is-a-group', doc('6.1', 'groups endpoints; Property.groupName'), async (ctx) => {
    const [properties, listed] = await Promise.all([core(ctx).getAll('contacts'), groups(ctx).getAll('contacts')]);
    const names = new Set(listed.results.map((g) => g.name));
    const missing = [...new Set(properties.results.map((p) => p.groupName))].filter((g) => !names.has(g));
    assert.deepEqual(missing, []);
  }),

  check('properties.create-returns-201', doc('6.1', 'POST → 201 Property'), async (ctx) => {
    const name = ctx.unique('prop');
    const response = await core(ctx).createWithHttpInfo('contacts', textProperty(name));
    assert.equal(response.httpStatusCode, 201);
    assert.equal(response.data.name, name);
    assert.equal(response.data.groupName, 'contactinformation');
  }),

  check('properties.create-then-get', doc('6.1'), async (ctx) => {
    const created = await createProperty(ctx);
    const read = await core(ctx).getByName('contacts', created.name);
    assert.equal(read.label, created.label);
  }),

  check('properties.created-property-accepts-values', doc('6.1', 'created properties take values'), async (ctx) => {
    const created = await createProperty(ctx);
    const contact = await createContact(ctx, { [created.name]: 'custom value' });
    const read = await ctx.hubspot.crm.contacts.basicApi.getById(contact.id, [created.name]);
    assert.equal(read.properties[created.name], 'custom value');
  }),

  check('properties.create-enumeration-with-options', doc('6.2', 'Option = label, value, hidden'), async (ctx) => {
    const created = await createProperty(ctx, {
      type: 'enumeration',
      fieldType: 'select',
      options: [{ label: 'One', value: 'one', hidden: false, displayOrder: 0 }, { label: 'Two', value: 'two', hidden: false, displayOrder: 1 }],
    });
    assert.deepEqual(created.options.map((o) => o.value), ['one', 'two']);
  }),

  check('properties.create-invalid-field-type-pairing-400', doc('6.3', 'valid pairings'), async (ctx) => {
    await apiError(() => core(ctx).create('contacts', textProperty(ctx.unique('prop'), { type: 'bool', fieldType: 'text' })), 400);
  }),

  check('properties.update-returns-200', doc('6.1', 'PATCH → 200'), async (ctx) => {
    const created = await createProperty(ctx);
    const response = await core(ctx).updateWithHttpInfo('contacts', created.name, { label: 'Renamed label' });
    assert.equal(response.httpStatusCode, 200);
    assert.equal(response.data.label, 'Renamed label');
  }),

  check('properties.update-is-read-back', doc('6.1', 'PATCH'), async (ctx) => {
    const created = await createProperty(ctx);
    await core(ctx).update('contacts', created.name, { description: 'Now described' });
    const read = await core(ctx).getByName('contacts', created.name);
    assert.equal(read.description, 'Now described');
  }),

  check('properties.update-unknown-404', doc('6.1', 'PATCH'), async (ctx) => {
    await apiError(() => core(ctx).update('contacts', 'no_such_property_conformance', { label: 'x' }), 404);
  }),

  check('properties.update-replaces-options', doc('6.1', 'PATCH PropertyUpdate options'), async (ctx) => {
    const created = await createProperty(ctx, { type: 'enumeration', fieldType: 'select', options: [{ label: 'One', value: 'one', hidden: false, displayOrder: 0 }] });
    const updated = await core(ctx).update('contacts', created.name, { options: [{ label: 'Two', value: 'two', hidden: false, displayOrder: 0 }, { label: 'Three', value: 'three', hidden: false, displayOrder: 1 }] });
    assert.deepEqual(updated.options.map((o) => o.value), ['two', 'three']);
  }),

  check('properties.create-keeps-unicode-and-quotes', doc('6.2', 'label, description, Option.label'), async (ctx) => {
    const label = 'Taille "S" — 靴 👟';
    const created = await createProperty(ctx, { label, description: 'Ünïcödé \\ "q"' });
    const read = await core(ctx).getByName('contacts', created.name);
    assert.equal(read.label, label);
    assert.equal(read.description, 'Ünïcödé \\ "q"');
  }),

  check('properties.archive-returns-204', doc('6.1', 'DELETE → 204 archives'), async (ctx) => {
    const created = await createProperty(ctx);
    const response = await core(ctx).archiveWithHttpInfo('contacts', created.name);
    assert.equal(response.httpStatusCode, 204);
  }),

  check('properties.archived-leaves-the-list', doc('6.1', 'DELETE archives; list ?archived'), async (ctx) => {
    const created = await createProperty(ctx);
    await core(ctx).archive('contacts', created.name);
    const live = await core(ctx).getAll('contacts');
    assert.ok(!live.results.some((p) => p.name === created.name), 'the archived property is still listed');
    const archived = await core(ctx).getAll('contacts', true);
    assert.ok(archived.results.some((p) => p.name === created.name && p.archived === true), 'the archived property is not listed with archived=true');
  }),

  check('properties.batch-read', doc('6.1', 'batch/read'), async (ctx) => {
    const response = await batch(ctx).readWithHttpInfo('contacts', { inputs: [{ name: 'email' }, { name: 'firstname' }], archived: false, dataSensitivity: 'non_sensitive' });
    assert.equal(response.httpStatusCode, 200);
    assert.deepEqual(response.data.results.map((p) => p.name).sort(), ['email', 'firstname']);
  }),

  check('properties.batch-create-returns-201', doc('6.1', 'batch/create 201'), async (ctx) => {
    const names = [ctx.unique('bprop'), ctx.unique('bprop')];
    const response = await batch(ctx).createWithHttpInfo('contacts', { inputs: names.map((n) => textProperty(n)) });
    assert.equal(response.httpStatusCode, 201);
    assert.deepEqual(response.data.results.map((p) => p.name).sort(), [...names].sort());
  }),

  check('properties.batch-archive-returns-204', doc('6.1', 'batch/archive 204'), async (ctx) => {
    const created = await createProperty(ctx);
    const response = await batch(ctx).archiveWithHttpInfo('contacts', { inputs: [{ name: created.name }] });
    assert.equal(response.httpStatusCode, 204);
    await apiError(() => core(ctx).getByName('contacts', created.name), 404);
  }),

  check('properties.batch-archive-ignores-unknown-names', doc('6.1', '204 "regardless of the initial state … non-existent"'), async (ctx) => {
    const response = await batch(ctx).archiveWithHttpInfo('contacts', { inputs: [{ name: 'no_such_property_conformance' }] });
    assert.equal(response.httpStatusCode, 204);
  }),

  check('properties.groups-list', doc('6.1', 'GET /crm/v3/properties/{objectType}/groups'), async (ctx) => {
    const listed = await groups(ctx).getAll('contacts');
    const info = listed.results.find((g) => g.name === 'contactinformation');
    assert.ok(info, `groups: ${listed.results.map((g) => g.name).join(', ')}`);
    hasKeys(info, ['name', 'label', 'displayOrder', 'archived'], 'group');
  }),

  check('properties.groups-path-is-not-a-property', doc('6.1', '…/groups are property groups'), async (ctx) => {
    const response = await ctx.raw('GET', '/crm/v3/properties/contacts/groups');
    status(response, 200);
    assert.ok(Array.isArray(response.body?.results), `body: ${response.text.slice(0, 200)}`);
  }),

  check('properties.group-create-returns-201', doc('6.1', 'POST groups → 201'), async (ctx) => {
    const name = ctx.unique('group');
    const response = await groups(ctx).createWithHttpInfo('contacts', { name, label: 'Conformance group', displayOrder: 3 });
    assert.equal(response.httpStatusCode, 201);
    assert.equal(response.data.name, name);
    assert.equal(response.data.archived, false);
  }),

  check('properties.group-get-by-name', doc('6.1', 'GET groups/{groupName}'), async (ctx) => {
    const created = await createGroup(ctx);
    const read = await groups(ctx).getByName('contacts', created.name);
    assert.equal(read.label, created.label);
  }),

  check('properties.group-update', doc('6.1', 'PATCH groups/{groupName}'), async (ctx) => {
    const created = await createGroup(ctx);
    const updated = await groups(ctx).update('contacts', created.name, { label: 'Renamed group' });
    assert.equal(updated.label, 'Renamed group');
    assert.equal((await groups(ctx).getByName('contacts', created.name)).label, 'Renamed group');
  }),

  check('properties.group-archive-returns-204', doc('6.1', 'DELETE groups/{groupName} → 204'), async (ctx) => {
    const created = await createGroup(ctx);
    const response = await groups(ctx).archiveWithHttpInfo('contacts', created.name);
    assert.equal(response.httpStatusCode, 204);
    const listed = await groups(ctx).getAll('contacts');
    assert.ok(!listed.results.some((g) => g.name === created.name), 'the archived group is still listed');
  }),

  check('properties.group-update-display-order', doc('6.1', 'PropertyGroup{name,label,displayOrder,archived}'), async (ctx) => {
    const created = await createGroup(ctx);
    const updated = await groups(ctx).update('contacts', created.name, { displayOrder: 11 });
    assert.equal(updated.displayOrder, 11);
    assert.equal(updated.label, created.label);
  }),

  check('properties.group-get-unknown-404', doc('6.1', 'GET groups/{groupName}'), async (ctx) => {
    await apiError(() => groups(ctx).getByName('contacts', 'no_such_group_conformance'), 404);
  }),

  check('properties.group-in-use-archive-400', doc('6.1', '"Can\'t delete … a group with active properties"'), async (ctx) => {
    const group = await createGroup(ctx);
    await createProperty(ctx, { groupName: group.name });
    await apiError(() => groups(ctx).archive('contacts', group.name), 400);
  }),

  check('properties.property-in-created-group', doc('6.1', 'groupName names a group'), async (ctx) => {
    const group = await createGroup(ctx);
    const property = await createProperty(ctx, { groupName: group.name });
    assert.equal((await core(ctx).getByName('contacts', property.name)).groupName, group.name);
  }),
];
