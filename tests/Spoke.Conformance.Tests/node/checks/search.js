'use strict';

const { check, doc } = require('../lib/check');
const { assert, apiError, hasKeys, numericString } = require('../lib/expect');
const { createContact, createDeal } = require('../lib/records');

const dealSearch = (ctx) => ctx.hubspot.crm.deals.searchApi;
const contactSearch = (ctx) => ctx.hubspot.crm.contacts.searchApi;

/** Six deals that share a unique `hs_campaign`, so every search can be scoped to them. */
const DEALS = [
  { name: 'alpha', amount: '100', dealtype: 'newbusiness', description: 'Red apple', closedate: '2026-01-01T00:00:00.000Z' },
  { name: 'beta', amount: '200', dealtype: 'existingbusiness', description: 'Green pear', closedate: '2026-02-01T00:00:00.000Z' },
  { name: 'gamma', amount: '300', dealtype: 'newbusiness', closedate: '2026-03-01T00:00:00.000Z' },
  { name: 'delta', amount: '400', dealtype: 'existingbusiness', description: 'Blue berry', closedate: '2026-04-01T00:00:00.000Z' },
  { name: 'epsilon', amount: '500', dealtype: 'newbusiness', description: 'Yellow banana', closedate: '2026-05-01T00:00:00.000Z' },
  { name: 'zeta', closedate: '2026-06-01T00:00:00.000Z' },
];

function searchDeals(ctx) {
  return ctx.once('searchDeals', async () => {
    const campaign = ctx.unique('campaign').replace(/_/g, '');
    const byName = {};
    for (const d of DEALS) {
      const properties = { dealname: `${campaign} ${d.name}`, hs_campaign: campaign, closedate: d.closedate };
      for (const key of ['amount', 'dealtype', 'description']) {
        if (d[key] !== undefined) {
          properties[key] = d[key];
        }
      }
      byName[d.name] = await createDeal(ctx, properties);
    }
    return { campaign, byName, nameOf: Object.fromEntries(Object.entries(byName).map(([n, r]) => [r.id, n])) };
  });
}

/** Twelve contacts with one unique last name and one unique email domain. */
function searchContacts(ctx) {
  return ctx.once('searchContacts', async () => {
    const lastname = ctx.unique('Searchable').replace(/_/g, '');
    const domain = `${lastname.toLowerCase()}.example.com`;
    const made = [];
    for (let i = 0; i < 12; i += 1) {
      made.push(await createContact(ctx, { email: `person${i}@${domain}`, firstname: `First${i}`, lastname }));
    }
    return { lastname, domain, made };
  });
}

const scope = (fixture) => ({ propertyName: 'hs_campaign', operator: 'EQ', value: fixture.campaign });

/** Searches the fixture deals with extra filters (one group) and returns the sorted fixture names matched. */
async function namesMatching(ctx, ...filters) {
  const fixture = await searchDeals(ctx);
  const result = await dealSearch(ctx).doSearch({ filterGroups: [{ filters: [scope(fixture), ...filters] }], limit: 100 });
  return result.results.map((r) => fixture.nameOf[r.id]).sort();
}

const filtersOf = (count, fixture) =>
  [scope(fixture), ...Array.from({ length: count - 1 }, () => ({ propertyName: 'dealname', operator: 'HAS_PROPERTY' }))];

function operatorCheck(id, detail, filters, expected) {
  return check(`search.${id}`, doc('4.1', detail), async (ctx) => {
    assert.deepEqual(await namesMatching(ctx, ...filters), [...expected].sort());
  });
}

function sortCheck(id, direction, expected) {
  return check(`search.${id}`, doc('4.1', 'sorts [{propertyName, direction}]'), async (ctx) => {
    const fixture = await searchDeals(ctx);
    const result = await dealSearch(ctx).doSearch({
      filterGroups: [{ filters: [scope(fixture), { propertyName: 'amount', operator: 'HAS_PROPERTY' }] }],
      sorts: [{ propertyName: 'amount', direction }],
    });
    assert.deepEqual(result.results.map((r) => fixture.nameOf[r.id]), expected);
  });
}

module.exports = [
  operatorCheck('operator-eq', 'EQ', [{ propertyName: 'amount', operator: 'EQ', value: '300' }], ['gamma']),
  operatorCheck('operator-neq', 'NEQ', [{ propertyName: 'dealtype', operator: 'NEQ', value: 'newbusiness' }, { propertyName: 'dealtype', operator: 'HAS_PROPERTY' }], ['beta', 'delta']),
  operatorCheck('operator-lt', 'LT', [{ propertyName: 'amount', operator: 'LT', value: '300' }], ['alpha', 'beta']),
  operatorCheck('operator-lte', 'LTE', [{ propertyName: 'amount', operator: 'LTE', value: '300' }], ['alpha', 'beta', 'gamma']),
  operatorCheck('operator-gt', 'GT', [{ propertyName: 'amount', operator: 'GT', value: '300' }], ['delta', 'epsilon']),
  operatorCheck('operator-gte', 'GTE', [{ propertyName: 'amount', operator: 'GTE', value: '300' }], ['delta', 'epsilon', 'gamma']),
  operatorCheck('operator-between', 'BETWEEN value..highValue', [{ propertyName: 'amount', operator: 'BETWEEN', value: '200', highValue: '400' }], ['beta', 'delta', 'gamma']),
  operatorCheck('operator-in', 'IN with values', [{ propertyName: 'dealtype', operator: 'IN', values: ['existingbusiness'] }], ['beta', 'delta']),
  operatorCheck('operator-not-in', 'NOT_IN with values', [{ propertyName: 'dealtype', operator: 'NOT_IN', values: ['newbusiness'] }, { propertyName: 'dealtype', operator: 'HAS_PROPERTY' }], ['beta', 'delta']),
  operatorCheck('operator-has-property', 'HAS_PROPERTY', [{ propertyName: 'description', operator: 'HAS_PROPERTY' }], ['alpha', 'beta', 'delta', 'epsilon']),
  operatorCheck('operator-not-has-property', 'NOT_HAS_PROPERTY', [{ propertyName: 'description', operator: 'NOT_HAS_PROPERTY' }], ['gamma', 'zeta']),
  operatorCheck('operator-contains-token', 'CONTAINS_TOKEN', [{ propertyName: 'description', operator: 'CONTAINS_TOKEN', value: 'apple' }], ['alpha']),
  operatorCheck('operator-not-contains-token', 'NOT_CONTAINS_TOKEN', [{ propertyName: 'description', operator: 'NOT_CONTAINS_TOKEN', value: 'apple' }, { propertyName: 'description', operator: 'HAS_PROPERTY' }], ['beta', 'delta', 'epsilon']),
  operatorCheck('date-filter-epoch-millis', 'date values as epoch ms', [{ propertyName: 'closedate', operator: 'GTE', value: String(Date.parse('2026-04-01T00:00:00.000Z')) }], ['delta', 'epsilon', 'zeta']),
  operatorCheck('filters-in-group-are-anded', 'filters in a group are ANDed', [{ propertyName: 'dealtype', operator: 'EQ', value: 'newbusiness' }, { propertyName: 'amount', operator: 'GT', value: '200' }], ['epsilon', 'gamma']),
  operatorCheck('string-eq-ignores-case', 'string values are case-insensitive', [{ propertyName: 'description', operator: 'EQ', value: 'RED APPLE' }], ['alpha']),
  operatorCheck('enumeration-is-case-sensitive', 'enumerations are case-sensitive', [{ propertyName: 'dealtype', operator: 'EQ', value: 'NEWBUSINESS' }], []),
  operatorCheck('in-on-strings-needs-lower-case', 'IN on strings: values must be lowercase', [{ propertyName: 'description', operator: 'IN', values: ['Red apple'] }], []),
  operatorCheck('in-on-strings-lower-case-matches', 'IN on strings: values must be lowercase', [{ propertyName: 'description', operator: 'IN', values: ['red apple'] }], ['alpha']),

  check('search.operator-contains-token-wildcard', doc('4.1', 'CONTAINS_TOKEN "*@hubspot.com"'), async (ctx) => {
    const { domain } = await searchContacts(ctx);
    const result = await contactSearch(ctx).doSearch({ filterGroups: [{ filters: [{ propertyName: 'email', operator: 'CONTAINS_TOKEN', value: `*@${domain}` }] }] });
    assert.equal(result.total, 12);
  }),

  check('search.groups-are-ored', doc('4.1', 'groups are ORed'), async (ctx) => {
    const fixture = await searchDeals(ctx);
    const result = await dealSearch(ctx).doSearch({
      filterGroups: [
        { filters: [scope(fixture), { propertyName: 'amount', operator: 'EQ', value: '100' }] },
        { filters: [scope(fixture), { propertyName: 'amount', operator: 'EQ', value: '500' }] },
      ],
    });
    assert.deepEqual(result.results.map((r) => fixture.nameOf[r.id]).sort(), ['alpha', 'epsilon']);
  }),

  check('search.five-groups-accepted', doc('4.3', 'max 5 filterGroups'), async (ctx) => {
    const fixture = await searchDeals(ctx);
    const result = await dealSearch(ctx).doSearch({ filterGroups: Array.from({ length: 5 }, () => ({ filters: [scope(fixture)] })) });
    assert.equal(result.total, DEALS.length);
  }),

  check('search.six-groups-400', doc('4.3', 'max 5 filterGroups → VALIDATION_ERROR'), async (ctx) => {
    const fixture = await searchDeals(ctx);
    const error = await apiError(() => dealSearch(ctx).doSearch({ filterGroups: Array.from({ length: 6 }, () => ({ filters: [scope(fixture)] })) }), 400);
    assert.equal(error.body.category, 'VALIDATION_ERROR');
  }),

  check('search.six-filters-in-group-accepted', doc('4.3', 'max 6 filters per group'), async (ctx) => {
    const fixture = await searchDeals(ctx);
    const result = await dealSearch(ctx).doSearch({ filterGroups: [{ filters: filtersOf(6, fixture) }] });
    assert.equal(result.total, DEALS.length);
  }),

  check('search.seven-filters-in-group-400', doc('4.3', 'max 6 filters per group → VALIDATION_ERROR'), async (ctx) => {
    const fixture = await searchDeals(ctx);
    const error = await apiError(() => dealSearch(ctx).doSearch({ filterGroups: [{ filters: filtersOf(7, fixture) }] }), 400);
    assert.equal(error.body.category, 'VALIDATION_ERROR');
  }),

  check('search.eighteen-filters-accepted', doc('4.3', 'max 18 filters in all'), async (ctx) => {
    const fixture = await searchDeals(ctx);
    const result = await dealSearch(ctx).doSearch({ filterGroups: Array.from({ length: 3 }, () => ({ filters: filtersOf(6, fixture) })) });
    assert.equal(result.total, DEALS.length);
  }),

  check('search.nineteen-filters-400', doc('4.3', 'max 18 filters in all → VALIDATION_ERROR'), async (ctx) => {
    const fixture = await searchDeals(ctx);
    const groups = [...Array.from({ length: 3 }, () => ({ filters: filtersOf(6, fixture) })), { filters: [scope(fixture)] }];
    const error = await apiError(() => dealSearch(ctx).doSearch({ filterGroups: groups }), 400);
    assert.equal(error.body.category, 'VALIDATION_ERROR');
  }),

  sortCheck('sort-ascending', 'ASCENDING', ['alpha', 'beta', 'gamma', 'delta', 'epsilon']),
  sortCheck('sort-descending', 'DESCENDING', ['epsilon', 'delta', 'gamma', 'beta', 'alpha']),

  check('search.default-order-oldest-first', doc('4.1', 'default order oldest first; assumed for filters too'), async (ctx) => {
    const fixture = await searchDeals(ctx);
    const result = await dealSearch(ctx).doSearch({ filterGroups: [{ filters: [scope(fixture)] }] });
    assert.deepEqual(result.results.map((r) => fixture.nameOf[r.id]), DEALS.map((d) => d.name));
  }),

  check('search.total-counts-every-match', doc('4.2', 'total'), async (ctx) => {
    const fixture = await searchDeals(ctx);
    const result = await dealSearch(ctx).doSearch({ filterGroups: [{ filters: [scope(fixture)] }], limit: 2 });
    assert.equal(result.total, DEALS.length);
    assert.equal(result.results.length, 2);
  }),

  check('search.default-limit-10', doc('4.3', 'limit default 10'), async (ctx) => {
    const { lastname } = await searchContacts(ctx);
    const result = await contactSearch(ctx).doSearch({ filterGroups: [{ filters: [{ propertyName: 'lastname', operator: 'EQ', value: lastname }] }] });
    assert.equal(result.total, 12);
    assert.equal(result.results.length, 10);
  }),

  check('search.limit-200-accepted', doc('4.3', 'max page size 200'), async (ctx) => {
    const { lastname } = await searchContacts(ctx);
    const result = await contactSearch(ctx).doSearch({ filterGroups: [{ filters: [{ propertyName: 'lastname', operator: 'EQ', value: lastname }] }], limit: 200 });
    assert.equal(result.results.length, 12);
  }),

  check('search.after-is-an-offset', doc('4.1', 'after is an offset, "10"'), async (ctx) => {
    const fixture = await searchDeals(ctx);
    const request = { filterGroups: [{ filters: [scope(fixture)] }], limit: 2 };
    const first = await dealSearch(ctx).doSearch(request);
    numericString(first.paging?.next?.after, 'paging.next.after');
    assert.equal(first.paging.next.after, '2');
    const second = await dealSearch(ctx).doSearch({ ...request, after: first.paging.next.after });
    assert.deepEqual(second.results.map((r) => fixture.nameOf[r.id]), ['gamma', 'delta']);
  }),

  check('search.last-page-has-no-paging', doc('4.2', 'paging only when more results exist'), async (ctx) => {
    const fixture = await searchDeals(ctx);
    const result = await dealSearch(ctx).doSearch({ filterGroups: [{ filters: [scope(fixture)] }], limit: 4, after: '4' });
    assert.equal(result.results.length, 2);
    assert.equal(result.paging, undefined);
  }),

  check('search.after-10000-400', doc('4.3', '"page beyond 10,000 … 400"'), async (ctx) => {
    await apiError(() => contactSearch(ctx).doSearch({ filterGroups: [], limit: 10, after: '10000' }), 400);
  }),

  check('search.query-matches-default-searchable-property', doc('4.3', 'query searches lastname for contacts'), async (ctx) => {
    const { lastname } = await searchContacts(ctx);
    const result = await contactSearch(ctx).doSearch({ query: lastname, limit: 100 });
    assert.equal(result.total, 12);
  }),

  check('search.query-on-deal-name', doc('4.3', 'query searches dealname for deals'), async (ctx) => {
    const fixture = await searchDeals(ctx);
    const result = await dealSearch(ctx).doSearch({ query: `${fixture.campaign} epsilon` });
    assert.deepEqual(result.results.map((r) => fixture.nameOf[r.id]), ['epsilon']);
  }),

  check('search.query-without-match-total-0', doc('4.2', 'total'), async (ctx) => {
    const result = await contactSearch(ctx).doSearch({ query: ctx.unique('nomatch').replace(/_/g, '') });
    assert.equal(result.total, 0);
    assert.deepEqual(result.results, []);
  }),

  check('search.query-over-3000-characters-400', doc('4.3', 'query max 3,000 characters'), async (ctx) => {
    await apiError(() => contactSearch(ctx).doSearch({ query: 'a'.repeat(3001) }), 400);
  }),

  check('search.default-properties-contacts', doc('4.1', 'default properties when left out'), async (ctx) => {
    const { lastname } = await searchContacts(ctx);
    const result = await contactSearch(ctx).doSearch({ filterGroups: [{ filters: [{ propertyName: 'lastname', operator: 'EQ', value: lastname }] }], limit: 1 });
    hasKeys(result.results[0]?.properties, ['createdate', 'email', 'firstname', 'hs_object_id', 'lastmodifieddate', 'lastname'], 'search result properties');
  }),

  check('search.default-properties-deals', doc('4.3', 'default returned properties, deals'), async (ctx) => {
    const fixture = await searchDeals(ctx);
    const result = await dealSearch(ctx).doSearch({ filterGroups: [{ filters: [scope(fixture), { propertyName: 'amount', operator: 'EQ', value: '100' }] }] });
    hasKeys(result.results[0]?.properties, ['dealname', 'amount', 'closedate', 'pipeline', 'dealstage', 'createdate', 'hs_lastmodifieddate', 'hs_object_id'], 'deal search result properties');
  }),

  check('search.requested-properties', doc('4.1', 'properties'), async (ctx) => {
    const fixture = await searchDeals(ctx);
    const result = await dealSearch(ctx).doSearch({ filterGroups: [{ filters: [scope(fixture), { propertyName: 'amount', operator: 'EQ', value: '100' }] }], properties: ['description'] });
    assert.equal(result.results[0]?.properties.description, 'Red apple');
  }),

  check('search.results-ids-are-strings', doc('1', 'ids are strings'), async (ctx) => {
    const fixture = await searchDeals(ctx);
    const result = await dealSearch(ctx).doSearch({ filterGroups: [{ filters: [scope(fixture)] }] });
    assert.ok(result.results.every((r) => typeof r.id === 'string' && r.id === fixture.byName[fixture.nameOf[r.id]].id));
  }),

  check('search.association-pseudo-property', doc('4.1', '"associations.contact" EQ id'), async (ctx) => {
    const fixture = await searchDeals(ctx);
    const contact = await createContact(ctx);
    await ctx.hubspot.crm.associations.v4.basicApi.createDefault('deals', fixture.byName.beta.id, 'contacts', contact.id);
    const result = await dealSearch(ctx).doSearch({ filterGroups: [{ filters: [{ propertyName: 'associations.contact', operator: 'EQ', value: contact.id }] }] });
    assert.deepEqual(result.results.map((r) => r.id), [fixture.byName.beta.id]);
  }),

  check('search.excludes-archived', doc('4.3', 'archived records never appear'), async (ctx) => {
    const campaign = ctx.unique('archived').replace(/_/g, '');
    const live = await createDeal(ctx, { hs_campaign: campaign });
    const gone = await createDeal(ctx, { hs_campaign: campaign });
    await ctx.hubspot.crm.deals.basicApi.archive(gone.id);
    const result = await dealSearch(ctx).doSearch({ filterGroups: [{ filters: [{ propertyName: 'hs_campaign', operator: 'EQ', value: campaign }] }] });
    assert.deepEqual(result.results.map((r) => r.id), [live.id]);
  }),

  check('search.sees-updates', doc('4.3', 'updated records appear in search'), async (ctx) => {
    const fixture = await searchDeals(ctx);
    const marker = ctx.unique('step').replace(/_/g, '');
    await ctx.hubspot.crm.deals.basicApi.update(fixture.byName.zeta.id, { properties: { hs_next_step: marker } });
    const result = await dealSearch(ctx).doSearch({ filterGroups: [{ filters: [{ propertyName: 'hs_next_step', operator: 'EQ', value: marker }] }] });
    assert.deepEqual(result.results.map((r) => r.id), [fixture.byName.zeta.id]);
  }),

  check('search.response-has-no-associations', doc('4.2', 'results carry no associations'), async (ctx) => {
    const fixture = await searchDeals(ctx);
    const response = await ctx.raw('POST', '/crm/v3/objects/deals/search', { body: { filterGroups: [{ filters: [scope(fixture)] }] } });
    assert.ok(response.body.results.every((r) => !('associations' in r)), 'a search result carries associations');
  }),

];
