'use strict';

const { check, doc } = require('../lib/check');
const { assert, apiError, isoMillisUtc, numericString, hasKeys, status } = require('../lib/expect');
const { createContact, createCompany, createDeal, createTicket, contactWithCompany } = require('../lib/records');

const contacts = (ctx) => ctx.hubspot.crm.contacts.basicApi;
const companies = (ctx) => ctx.hubspot.crm.companies.basicApi;

/** Twelve companies, enough for a list of more than one default page (10). */
function pagingCompanies(ctx) {
  return ctx.once('pagingCompanies', async () => {
    const made = [];
    for (let i = 0; i < 12; i += 1) {
      made.push(await createCompany(ctx));
    }
    return made;
  });
}

/** Walks every page of the companies list with `limit`, returning the pages. */
async function walkCompanies(ctx, limit, archived) {
  const pages = [];
  let after;
  do {
    const page = await companies(ctx).getPage(limit, after, undefined, undefined, undefined, archived);
    pages.push(page);
    after = page.paging?.next?.after;
    assert.ok(pages.length <= 500, 'the list never reached a last page');
  } while (after !== undefined);
  return pages;
}

module.exports = [
  check('objects.create-returns-201', doc('2.1'), async (ctx) => {
    const response = await contacts(ctx).createWithHttpInfo({ properties: { email: ctx.email() }, associations: [] });
    assert.equal(response.httpStatusCode, 201);
  }),

  check('objects.create-id-is-numeric-string', doc('1', 'record ids are JSON strings'), async (ctx) => {
    const created = await createContact(ctx);
    numericString(created.id, 'id');
  }),

  check('objects.create-timestamps-iso-millis-utc', doc('1', 'timestamps'), async (ctx) => {
    const response = await ctx.raw('POST', '/crm/v3/objects/contacts', { body: { properties: { email: ctx.email() } } });
    status(response, 201);
    isoMillisUtc(response.body.createdAt, 'createdAt');
    isoMillisUtc(response.body.updatedAt, 'updatedAt');
  }),

  check('objects.create-archived-false', doc('2.2'), async (ctx) => {
    const created = await createContact(ctx);
    assert.equal(created.archived, false);
  }),

  check('objects.create-echoes-written-properties', doc('2.4'), async (ctx) => {
    const email = ctx.email();
    const created = await createContact(ctx, { email, firstname: 'Ada', lastname: 'Lovelace' });
    assert.equal(created.properties.email, email);
    assert.equal(created.properties.firstname, 'Ada');
    assert.equal(created.properties.lastname, 'Lovelace');
  }),

  check('objects.create-sets-hs-object-id', doc('1', 'hs_object_id is the id, as a string'), async (ctx) => {
    const created = await createContact(ctx);
    assert.equal(created.properties.hs_object_id, created.id);
  }),

  check('objects.create-sets-createdate', doc('2.4', 'create echoes system-computed properties'), async (ctx) => {
    const created = await createContact(ctx);
    assert.ok(created.properties.createdate, `createdate missing: ${JSON.stringify(created.properties)}`);
  }),

  check('objects.create-with-association', doc('2.4', 'create with associations'), async (ctx) => {
    const { contact, company } = await contactWithCompany(ctx);
    const page = await ctx.hubspot.crm.associations.v4.basicApi.getPage('contacts', contact.id, 'companies');
    assert.ok(page.results.some((r) => String(r.toObjectId) === company.id), `company ${company.id} not associated`);
  }),

  check('objects.get-by-id', doc('2.1'), async (ctx) => {
    const created = await createContact(ctx, { firstname: 'Grace' });
    const read = await contacts(ctx).getById(created.id, ['firstname']);
    assert.equal(read.id, created.id);
    assert.equal(read.properties.firstname, 'Grace');
  }),

  check('objects.get-by-object-type-id', doc('1', 'the path accepts type ids'), async (ctx) => {
    const created = await createContact(ctx);
    const read = await ctx.hubspot.crm.objects.basicApi.getById('0-1', created.id);
    assert.equal(read.id, created.id);
  }),

  check('objects.get-default-properties-contacts', doc('2.2', 'default properties'), async (ctx) => {
    const created = await createContact(ctx, { lastname: 'Default' });
    const read = await contacts(ctx).getById(created.id);
    hasKeys(read.properties, ['email', 'firstname', 'lastname', 'createdate', 'lastmodifieddate', 'hs_object_id'], 'contact properties');
  }),

  check('objects.get-default-properties-companies', doc('2.2', 'default properties'), async (ctx) => {
    const created = await createCompany(ctx, { domain: `${ctx.unique('d')}.example.com` });
    const read = await companies(ctx).getById(created.id);
    hasKeys(read.properties, ['name', 'domain', 'createdate', 'hs_lastmodifieddate', 'hs_object_id'], 'company properties');
  }),

  check('objects.get-default-properties-deals', doc('2.2', 'default properties'), async (ctx) => {
    const created = await createDeal(ctx, { amount: '10', closedate: '2026-01-15T00:00:00.000Z' });
    const read = await ctx.hubspot.crm.deals.basicApi.getById(created.id);
    hasKeys(read.properties, ['dealname', 'amount', 'closedate', 'pipeline', 'dealstage', 'createdate', 'hs_lastmodifieddate', 'hs_object_id'], 'deal properties');
  }),

  check('objects.get-default-properties-tickets', doc('2.2', 'default properties'), async (ctx) => {
    const created = await createTicket(ctx, { content: 'Body', hs_ticket_priority: 'HIGH' });
    const read = await ctx.hubspot.crm.tickets.basicApi.getById(created.id);
    hasKeys(read.properties, ['subject', 'content', 'hs_pipeline', 'hs_pipeline_stage', 'hs_ticket_priority', 'createdate', 'hs_lastmodifieddate', 'hs_object_id'], 'ticket properties');
  }),

  check('objects.get-requested-unset-property-is-null', doc('2.2', 'null handling'), async (ctx) => {
    const created = await createContact(ctx);
    const response = await ctx.raw('GET', `/crm/v3/objects/contacts/${created.id}`, { qs: { properties: 'city' } });
    status(response, 200);
    assert.ok('city' in response.body.properties, 'city missing from properties');
    assert.equal(response.body.properties.city, null);
  }),

  check('objects.get-unknown-property-ignored', doc('2.1', 'names that do not exist "will be ignored"'), async (ctx) => {
    const created = await createContact(ctx);
    const read = await contacts(ctx).getById(created.id, ['email', 'no_such_property_conformance']);
    assert.equal(read.id, created.id);
    assert.equal(read.properties.email, created.properties.email);
  }),

  check('objects.get-properties-comma-separated', doc('2.1', '"comma separated" properties'), async (ctx) => {
    const created = await createContact(ctx, { firstname: 'Comma', lastname: 'Separated' });
    const response = await ctx.raw('GET', `/crm/v3/objects/contacts/${created.id}`, { qs: { properties: 'firstname,lastname' } });
    status(response, 200);
    assert.equal(response.body.properties.firstname, 'Comma');
    assert.equal(response.body.properties.lastname, 'Separated');
  }),

  check('objects.get-by-id-property-email', doc('2.1', 'idProperty'), async (ctx) => {
    const created = await createContact(ctx);
    const read = await contacts(ctx).getById(created.properties.email, ['email'], undefined, undefined, false, 'email');
    assert.equal(read.id, created.id);
  }),

  check('objects.get-by-id-property-unknown-value-404', doc('2.1', 'idProperty'), async (ctx) => {
    await apiError(() => contacts(ctx).getById(ctx.email('nobody'), undefined, undefined, undefined, false, 'email'), 404);
  }),

  check('objects.get-unknown-id-404', doc('7.1', '404 OBJECT_NOT_FOUND'), async (ctx) => {
    const error = await apiError(() => contacts(ctx).getById('9999999999'), 404);
    assert.equal(error.body.category, 'OBJECT_NOT_FOUND');
  }),

  check('objects.get-associations-on-read', doc('2.2', 'associations on read'), async (ctx) => {
    const { contact, company } = await contactWithCompany(ctx);
    const read = await contacts(ctx).getById(contact.id, undefined, undefined, ['companies']);
    const results = read.associations?.companies?.results ?? [];
    assert.ok(results.some((a) => a.id === company.id), `associations: ${JSON.stringify(read.associations)}`);
  }),

  check('objects.get-association-type-names', doc('2.2', '"contact_to_company_unlabeled"'), async (ctx) => {
    const { contact } = await contactWithCompany(ctx);
    const read = await contacts(ctx).getById(contact.id, undefined, undefined, ['companies']);
    const types = (read.associations?.companies?.results ?? []).map((a) => a.type);
    assert.ok(types.includes('contact_to_company_unlabeled'), `types: ${types.join(', ')}`);
  }),

  check('objects.list-associations-on-read', doc('2.1', 'list associations'), async (ctx) => {
    const { contact, company } = await contactWithCompany(ctx);
    let after;
    let found;
    do {
      const page = await contacts(ctx).getPage(100, after, ['email'], undefined, ['companies']);
      found = page.results.find((r) => r.id === contact.id);
      after = page.paging?.next?.after;
    } while (!found && after !== undefined);
    assert.ok(found, 'contact not listed');
    assert.ok((found.associations?.companies?.results ?? []).some((a) => a.id === company.id), 'company association missing');
  }),

  check('objects.update-returns-200-with-values', doc('2.1', 'PATCH'), async (ctx) => {
    const created = await createContact(ctx);
    const response = await contacts(ctx).updateWithHttpInfo(created.id, { properties: { firstname: 'Updated' } });
    assert.equal(response.httpStatusCode, 200);
    assert.equal(response.data.properties.firstname, 'Updated');
  }),

  check('objects.update-is-partial', doc('2.1', 'PATCH'), async (ctx) => {
    const created = await createContact(ctx, { lastname: 'Kept' });
    await contacts(ctx).update(created.id, { properties: { firstname: 'Changed' } });
    const read = await contacts(ctx).getById(created.id, ['firstname', 'lastname']);
    assert.equal(read.properties.lastname, 'Kept');
    assert.equal(read.properties.firstname, 'Changed');
  }),

  check('objects.update-empty-string-clears', doc('2.2', '"cleared by passing an empty string"'), async (ctx) => {
    const created = await createContact(ctx, { city: 'Boston' });
    await contacts(ctx).update(created.id, { properties: { city: '' } });
    const response = await ctx.raw('GET', `/crm/v3/objects/contacts/${created.id}`, { qs: { properties: 'city' } });
    assert.ok(response.body.properties.city === null || response.body.properties.city === '', `city is ${response.body.properties.city}`);
  }),

  check('objects.update-by-id-property-email', doc('2.1', 'PATCH with idProperty'), async (ctx) => {
    const created = await createContact(ctx);
    const updated = await contacts(ctx).update(created.properties.email, { properties: { jobtitle: 'Engineer' } }, 'email');
    assert.equal(updated.id, created.id);
    const read = await contacts(ctx).getById(created.id, ['jobtitle']);
    assert.equal(read.properties.jobtitle, 'Engineer');
  }),

  check('objects.update-unknown-id-404', doc('7.1', '404 OBJECT_NOT_FOUND'), async (ctx) => {
    await apiError(() => contacts(ctx).update('9999999998', { properties: { firstname: 'x' } }), 404);
  }),

  check('objects.update-read-only-property-400', doc('2.2', '"Read-only … properties will result in an error"'), async (ctx) => {
    const created = await createContact(ctx);
    const error = await apiError(() => contacts(ctx).update(created.id, { properties: { hs_object_id: '1' } }), 400);
    assert.equal(error.body.category, 'VALIDATION_ERROR');
  }),

  check('objects.update-nonexistent-property-400', doc('2.2', 'PROPERTY_DOESNT_EXIST'), async (ctx) => {
    const created = await createContact(ctx);
    const error = await apiError(() => contacts(ctx).update(created.id, { properties: { no_such_property: 'x' } }), 400);
    assert.equal(error.body.category, 'VALIDATION_ERROR');
    assert.match(error.body.message, /PROPERTY_DOESNT_EXIST/);
  }),

  check('objects.create-nonexistent-property-400', doc('2.2', 'PROPERTY_DOESNT_EXIST'), async (ctx) => {
    const error = await apiError(() => contacts(ctx).create({ properties: { email: ctx.email(), missing: 'x' }, associations: [] }), 400);
    assert.match(error.body.message, /Property values were not valid/);
  }),

  check('objects.number-values-are-strings', doc('2.2', 'number → "17"'), async (ctx) => {
    const created = await createDeal(ctx, { amount: '17' });
    const read = await ctx.hubspot.crm.deals.basicApi.getById(created.id, ['amount']);
    assert.equal(read.properties.amount, '17');
  }),

  check('objects.bool-values-are-true-false', doc('2.2', 'bool → "true" / "false"'), async (ctx) => {
    const created = await createCompany(ctx, { is_public: 'true' });
    const read = await companies(ctx).getById(created.id, ['is_public']);
    assert.equal(read.properties.is_public, 'true');
  }),

  check('objects.invalid-number-400', doc('7.1', '"was not a valid number"'), async (ctx) => {
    const error = await apiError(() => createDeal(ctx, { amount: 'lots' }), 400);
    assert.equal(error.body.category, 'VALIDATION_ERROR');
  }),

  check('objects.multi-select-semicolon-joined', doc('2.2', 'multi-select'), async (ctx) => {
    const created = await createContact(ctx, { hs_buying_role: 'BUDGET_HOLDER;END_USER' });
    const read = await contacts(ctx).getById(created.id, ['hs_buying_role']);
    assert.equal(read.properties.hs_buying_role, 'BUDGET_HOLDER;END_USER');
  }),

  check('objects.multi-select-leading-semicolon-appends', doc('2.2', 'a leading semicolon appends'), async (ctx) => {
    const created = await createContact(ctx, { hs_buying_role: 'CHAMPION' });
    await contacts(ctx).update(created.id, { properties: { hs_buying_role: ';BUDGET_HOLDER;END_USER' } });
    const read = await contacts(ctx).getById(created.id, ['hs_buying_role']);
    assert.deepEqual(read.properties.hs_buying_role.split(';').sort(), ['BUDGET_HOLDER', 'CHAMPION', 'END_USER']);
  }),

  check('objects.enumeration-invalid-option-400', doc('2.2', 'enumeration → the option value'), async (ctx) => {
    await apiError(() => createContact(ctx, { hs_lead_status: 'not_an_option' }), 400);
  }),

  check('objects.datetime-accepts-epoch-millis', doc('2.2', 'datetime writes accept epoch ms'), async (ctx) => {
    const created = await createDeal(ctx, { closedate: '1572480000000' });
    const read = await ctx.hubspot.crm.deals.basicApi.getById(created.id, ['closedate']);
    assert.equal(new Date(read.properties.closedate).getTime(), 1572480000000);
  }),

  check('objects.datetime-accepts-iso', doc('2.2', 'datetime writes accept ISO 8601'), async (ctx) => {
    const created = await createDeal(ctx, { closedate: '2024-01-17T19:55:04.281Z' });
    const read = await ctx.hubspot.crm.deals.basicApi.getById(created.id, ['closedate']);
    assert.equal(new Date(read.properties.closedate).getTime(), Date.parse('2024-01-17T19:55:04.281Z'));
  }),

  check('objects.date-accepts-midnight-epoch-millis', doc('2.2', 'date: epoch ms at midnight UTC'), async (ctx) => {
    const created = await createTicket(ctx, { hs_due_date: '1430438400000' });
    const read = await ctx.hubspot.crm.tickets.basicApi.getById(created.id, ['hs_due_date']);
    const value = read.properties.hs_due_date;
    assert.ok(value === '2015-05-01' || value === '1430438400000' || Date.parse(value) === 1430438400000, `hs_due_date is ${value}`);
  }),

  check('objects.date-rejects-non-midnight-millis', doc('2.2', 'date: epoch ms "must be midnight UTC"'), async (ctx) => {
    await apiError(() => createTicket(ctx, { hs_due_date: '1430438400001' }), 400);
  }),

  check('objects.company-requires-name-or-domain', doc('2.4', 'companies need domain or name'), async (ctx) => {
    await apiError(() => companies(ctx).create({ properties: { city: 'Nowhere' }, associations: [] }), 400);
  }),

  check('objects.deal-requires-dealname', doc('2.4', 'deals need dealname'), async (ctx) => {
    await apiError(() => ctx.hubspot.crm.deals.basicApi.create({
      properties: { pipeline: 'default', dealstage: 'appointmentscheduled' },
      associations: [],
    }), 400);
  }),

  check('objects.ticket-requires-subject', doc('2.4', 'tickets need subject'), async (ctx) => {
    await apiError(() => ctx.hubspot.crm.tickets.basicApi.create({
      properties: { hs_pipeline: '0', hs_pipeline_stage: '1' },
      associations: [],
    }), 400);
  }),

  check('objects.duplicate-email-409', doc('2.4', 'duplicate contact email'), async (ctx) => {
    const created = await createContact(ctx);
    const error = await apiError(() => createContact(ctx, { email: created.properties.email }), 409);
    assert.equal(error.body.category, 'CONFLICT');
    assert.equal(error.body.message, `Contact already exists. Existing ID: ${created.id}`);
  }),

  check('objects.archive-returns-204', doc('2.1', 'DELETE → 204'), async (ctx) => {
    const created = await createContact(ctx);
    const response = await contacts(ctx).archiveWithHttpInfo(created.id);
    assert.equal(response.httpStatusCode, 204);
  }),

  check('objects.archived-record-not-found', doc('2.1', '"Move … to the recycling bin"'), async (ctx) => {
    const created = await createContact(ctx);
    await contacts(ctx).archive(created.id);
    await apiError(() => contacts(ctx).getById(created.id), 404);
  }),

  check('objects.archived-record-read-with-archived-true', doc('2.2', 'archived, archivedAt'), async (ctx) => {
    const created = await createContact(ctx);
    await contacts(ctx).archive(created.id);
    const read = await contacts(ctx).getById(created.id, undefined, undefined, undefined, true);
    assert.equal(read.archived, true);
    assert.ok(read.archivedAt instanceof Date && !Number.isNaN(read.archivedAt.getTime()), 'archivedAt missing');
  }),

  check('objects.list-default-limit-10', doc('2.1', 'limit default 10'), async (ctx) => {
    await pagingCompanies(ctx);
    const page = await companies(ctx).getPage();
    assert.equal(page.results.length, 10);
    assert.ok(page.paging?.next?.after, 'paging.next.after missing while more records exist');
  }),

  check('objects.list-limit', doc('2.1', 'limit'), async (ctx) => {
    await pagingCompanies(ctx);
    const page = await companies(ctx).getPage(3);
    assert.equal(page.results.length, 3);
  }),

  check('objects.list-limit-100', doc('2.1', '"up to 100 … in one request"'), async (ctx) => {
    const page = await contacts(ctx).getPageWithHttpInfo(100);
    assert.equal(page.httpStatusCode, 200);
    assert.ok(page.data.results.length <= 100);
  }),

  check('objects.list-after-walks-every-record-once', doc('2.3', 'after cursor'), async (ctx) => {
    const made = await pagingCompanies(ctx);
    const ids = (await walkCompanies(ctx, 5)).flatMap((p) => p.results.map((r) => r.id));
    assert.equal(new Set(ids).size, ids.length, 'a record was listed twice');
    for (const company of made) {
      assert.ok(ids.includes(company.id), `company ${company.id} never listed`);
    }
  }),

  check('objects.list-last-page-has-no-paging', doc('2.3', '"paging is left out on the last page"'), async (ctx) => {
    await pagingCompanies(ctx);
    const pages = await walkCompanies(ctx, 100);
    assert.equal(pages[pages.length - 1].paging, undefined);
  }),

  check('objects.list-paging-link', doc('2.3', 'NextPage link'), async (ctx) => {
    await pagingCompanies(ctx);
    const page = await companies(ctx).getPage(2);
    assert.match(String(page.paging?.next?.link), /^https?:\/\/.+after=/);
  }),

  check('objects.list-after-is-numeric-string', doc('2.3', '"numeric-looking strings"'), async (ctx) => {
    await pagingCompanies(ctx);
    const page = await companies(ctx).getPage(2);
    numericString(page.paging?.next?.after, 'paging.next.after');
  }),

  check('objects.list-excludes-archived', doc('2.1', 'archived default false'), async (ctx) => {
    const made = await createCompany(ctx);
    await companies(ctx).archive(made.id);
    const ids = (await walkCompanies(ctx, 100)).flatMap((p) => p.results.map((r) => r.id));
    assert.ok(!ids.includes(made.id), 'an archived company was listed');
  }),

  check('objects.list-archived-true-returns-only-archived', doc('2.1', '"only results that have been archived"'), async (ctx) => {
    const made = await createCompany(ctx);
    await companies(ctx).archive(made.id);
    const results = (await walkCompanies(ctx, 100, true)).flatMap((p) => p.results);
    assert.ok(results.some((r) => r.id === made.id), 'the archived company is missing');
    assert.ok(results.every((r) => r.archived === true), 'a live record was listed with archived=true');
  }),

  check('objects.list-requested-properties', doc('2.1', 'properties'), async (ctx) => {
    await pagingCompanies(ctx);
    const page = await companies(ctx).getPage(5, undefined, ['name', 'city']);
    for (const record of page.results) {
      assert.ok('name' in record.properties && 'city' in record.properties, `properties: ${JSON.stringify(record.properties)}`);
    }
  }),
];
