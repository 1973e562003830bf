'use strict';

// HubSpot's Node client has no account-info API, so these checks use its raw `apiRequest`.

const { check, doc } = require('../lib/check');
const { assert, status } = require('../lib/expect');

const details = (ctx) => ctx.once('accountDetails', () => ctx.raw('GET', '/account-info/v3/details'));

module.exports = [
  check('account.details-portal-id', doc('7.3', 'GET /account-info/v3/details → portalId'), async (ctx) => {
    const response = await details(ctx);
    status(response, 200);
    assert.ok(Number.isInteger(response.body.portalId) && response.body.portalId > 0, `portalId: ${response.body.portalId}`);
  }),

  check('account.details-fields', doc('7.3', 'timeZone, uiDomain, dataHostingLocation, companyCurrency, utcOffset, accountType'), async (ctx) => {
    const response = await details(ctx);
    status(response, 200);
    for (const key of ['timeZone', 'uiDomain', 'dataHostingLocation', 'companyCurrency', 'additionalCurrencies', 'utcOffset', 'utcOffsetMilliseconds', 'accountType']) {
      assert.ok(key in response.body, `details lack ${key}`);
    }
    assert.ok(['STANDARD', 'SANDBOX', 'DEVELOPER_TEST', 'APP_DEVELOPER'].includes(response.body.accountType));
  }),
];
