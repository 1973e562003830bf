'use strict';

/** Record fixtures made through HubSpot's client, with the properties HubSpot requires for each type. */

/** The default deal pipeline and its first stage, present in every HubSpot account (pipelines guide). */
const DEAL_PIPELINE = 'default';
const DEAL_STAGE = 'appointmentscheduled';

/** The default ticket pipeline and its "New" stage, as HubSpot's own batch example shows (`hs_pipeline` "0", stage "1"). */
const TICKET_PIPELINE = '0';
const TICKET_STAGE = '1';

async function createContact(ctx, properties = {}, associations = []) {
  return ctx.hubspot.crm.contacts.basicApi.create({
    properties: { email: ctx.email(), firstname: 'Conformance', ...properties },
    associations,
  });
}

async function createCompany(ctx, properties = {}) {
  return ctx.hubspot.crm.companies.basicApi.create({
    properties: { name: ctx.unique('Company'), ...properties },
    associations: [],
  });
}

async function createDeal(ctx, properties = {}) {
  return ctx.hubspot.crm.deals.basicApi.create({
    properties: { dealname: ctx.unique('Deal'), pipeline: DEAL_PIPELINE, dealstage: DEAL_STAGE, ...properties },
    associations: [],
  });
}

async function createTicket(ctx, properties = {}) {
  return ctx.hubspot.crm.tickets.basicApi.create({
    properties: { subject: ctx.unique('Ticket'), hs_pipeline: TICKET_PIPELINE, hs_pipeline_stage: TICKET_STAGE, ...properties },
    associations: [],
  });
}

/** A contact associated with a company through the default (unlabeled) type 279, made on create. */
function contactWithCompany(ctx) {
  return ctx.once('contactWithCompany', async () => {
    const company = await createCompany(ctx);
    const contact = await createContact(ctx, {}, [
      { to: { id: company.id }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 279 }] },
    ]);
    return { contact, company };
  });
}

module.exports = {
  DEAL_PIPELINE,
  DEAL_STAGE,
  TICKET_PIPELINE,
  TICKET_STAGE,
  createContact,
  createCompany,
  createDeal,
  createTicket,
  contactWithCompany,
};
