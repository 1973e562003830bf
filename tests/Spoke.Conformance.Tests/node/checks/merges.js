'use strict';

const { check, doc } = require('../lib/check');
const { assert } = require('../lib/expect');
const { createContact } = require('../lib/records');

const contacts = (ctx) => ctx.hubspot.crm.contacts.basicApi;
const MERGE = doc('2.1', 'POST /crm/v3/objects/contacts/merge');

/** Two contacts merged once: the primary, the merged one and the merge response. */
function mergedPair(ctx) {
  return ctx.once('mergedPair', async () => {
    const primary = await createContact(ctx, { firstname: 'Primary', jobtitle: 'Kept' });
    const merged = await createContact(ctx, { firstname: 'Merged', city: 'Taken' });
    const response = await contacts(ctx).mergeWithHttpInfo({ primaryObjectId: primary.id, objectIdToMerge: merged.id });
    return { primary, merged, response };
  });
}

const ids = (value) => String(value ?? '').split(';').filter(Boolean);

module.exports = [
  check('merges.merge-returns-200', `${MERGE} → 200 SimplePublicObject`, async (ctx) => {
    const { response } = await mergedPair(ctx);
    assert.equal(response.httpStatusCode, 200);
    assert.ok(/^\d+$/.test(response.data.id), `id: ${response.data.id}`);
  }),

  check('merges.survivor-keeps-primary-values', MERGE, async (ctx) => {
    const { primary, response } = await mergedPair(ctx);
    const read = await contacts(ctx).getById(response.data.id, ['email', 'jobtitle']);
    assert.equal(read.properties.email, primary.properties.email);
    assert.equal(read.properties.jobtitle, 'Kept');
  }),

  check('merges.survivor-lists-merged-object-ids', `${MERGE}; ${doc('8.2', 'merge events carry mergedObjectIds')}`, async (ctx) => {
    const { merged, response } = await mergedPair(ctx);
    const read = await contacts(ctx).getById(response.data.id, ['hs_merged_object_ids']);
    assert.ok(ids(read.properties.hs_merged_object_ids).includes(merged.id), `hs_merged_object_ids: ${read.properties.hs_merged_object_ids}`);
  }),

  check('merges.all-contact-vids-on-create', doc('2.4', 'a contact create returned hs_all_contact_vids'), async (ctx) => {
    const created = await createContact(ctx);
    const read = await contacts(ctx).getById(created.id, ['hs_all_contact_vids']);
    assert.deepEqual(ids(read.properties.hs_all_contact_vids), [created.id]);
  }),

  check('merges.all-contact-vids-after-merge', `${MERGE}; ${doc('2.4', 'hs_all_contact_vids')}`, async (ctx) => {
    const { primary, merged, response } = await mergedPair(ctx);
    const read = await contacts(ctx).getById(response.data.id, ['hs_all_contact_vids']);
    assert.deepEqual(ids(read.properties.hs_all_contact_vids).sort(), [primary.id, merged.id].sort());
  }),
];
