'use strict';

const { check, doc } = require('../lib/check');
const { assert, apiError } = require('../lib/expect');
const { DEAL_PIPELINE, DEAL_STAGE, TICKET_PIPELINE, TICKET_STAGE, createDeal, createTicket } = require('../lib/records');

// Pipelines are not yet a section of hubspot-api.md; these checks cite HubSpot's pipelines guide and its v3 spec.
const GUIDE = 'HubSpot pipelines guide (developers.hubspot.com/docs/api/crm/pipelines)';
const SPEC = 'SPEC CRM/Pipelines/Rollouts/145896/v3/pipelines.json';

const pipelines = (ctx) => ctx.hubspot.crm.pipelines.pipelinesApi;
const stages = (ctx) => ctx.hubspot.crm.pipelines.pipelineStagesApi;

const dealPipelineInput = (ctx) => ({
  label: ctx.unique('Pipeline'),
  displayOrder: 9,
  stages: [
    { label: 'Open', displayOrder: 0, metadata: { probability: '0.2' } },
    { label: 'Won', displayOrder: 1, metadata: { probability: '1.0', isClosed: 'true' } },
  ],
});

function createdDealPipeline(ctx) {
  return pipelines(ctx).create('deals', dealPipelineInput(ctx));
}

module.exports = [
  check('pipelines.deals-list', `${SPEC} (GET /crm/v3/pipelines/{objectType})`, async (ctx) => {
    const response = await pipelines(ctx).getAllWithHttpInfo('deals');
    assert.equal(response.httpStatusCode, 200);
    assert.ok(response.data.results.length > 0, 'no deal pipelines');
  }),

  check('pipelines.deals-default-pipeline', `${GUIDE} ("a default pipeline with the pipelineId default")`, async (ctx) => {
    const all = await pipelines(ctx).getAll('deals');
    assert.ok(all.results.some((p) => p.id === DEAL_PIPELINE), `pipelines: ${all.results.map((p) => p.id).join(', ')}`);
  }),

  check('pipelines.deals-default-stages', `${GUIDE}; stage ids of the default deal pipeline`, async (ctx) => {
    const pipeline = await pipelines(ctx).getById('deals', DEAL_PIPELINE);
    const ids = pipeline.stages.map((s) => s.id);
    for (const id of [DEAL_STAGE, 'closedwon', 'closedlost']) {
      assert.ok(ids.includes(id), `stage ${id} missing from ${ids.join(', ')}`);
    }
  }),

  check('pipelines.deal-stages-carry-probability', `${GUIDE} ("For deals, probability is required")`, async (ctx) => {
    const pipeline = await pipelines(ctx).getById('deals', DEAL_PIPELINE);
    const won = pipeline.stages.find((s) => s.id === 'closedwon');
    assert.equal(Number(won?.metadata?.probability), 1);
    assert.equal(won?.metadata?.isClosed, 'true');
  }),

  check('pipelines.shape', `${SPEC} (Pipeline: id, label, displayOrder, stages, createdAt, updatedAt, archived)`, async (ctx) => {
    const response = await ctx.raw('GET', `/crm/v3/pipelines/deals/${DEAL_PIPELINE}`);
    assert.equal(response.status, 200, response.text.slice(0, 200));
    for (const key of ['id', 'label', 'displayOrder', 'stages', 'createdAt', 'updatedAt', 'archived']) {
      assert.ok(key in response.body, `pipeline lacks ${key}`);
    }
    for (const key of ['id', 'label', 'displayOrder', 'metadata', 'createdAt', 'updatedAt', 'archived']) {
      assert.ok(key in response.body.stages[0], `stage lacks ${key}`);
    }
  }),

  check('pipelines.tickets-default-pipeline', doc('3', 'ticket example: hs_pipeline "0", hs_pipeline_stage "1"'), async (ctx) => {
    const pipeline = await pipelines(ctx).getById('tickets', TICKET_PIPELINE);
    assert.ok(pipeline.stages.some((s) => s.id === TICKET_STAGE), `stages: ${pipeline.stages.map((s) => s.id).join(', ')}`);
  }),

  check('pipelines.ticket-stages-carry-ticket-state', `${SPEC} (stage metadata ticketState OPEN|CLOSED)`, async (ctx) => {
    const pipeline = await pipelines(ctx).getById('tickets', TICKET_PIPELINE);
    const states = new Set(pipeline.stages.map((s) => s.metadata?.ticketState));
    assert.ok(states.has('OPEN') && states.has('CLOSED'), `ticket states: ${[...states].join(', ')}`);
  }),

  check('pipelines.get-unknown-404', `${SPEC} ("Otherwise the request will fail with a 404")`, async (ctx) => {
    await apiError(() => pipelines(ctx).getById('deals', 'no-such-pipeline'), 404);
  }),

  check('pipelines.stages-list', `${SPEC} (GET …/{pipelineId}/stages)`, async (ctx) => {
    const all = await stages(ctx).getAll('deals', DEAL_PIPELINE);
    assert.ok(all.results.some((s) => s.id === DEAL_STAGE));
  }),

  check('pipelines.stage-get-by-id', `${SPEC} (GET …/stages/{stageId})`, async (ctx) => {
    const stage = await stages(ctx).getById('deals', DEAL_PIPELINE, DEAL_STAGE);
    assert.equal(stage.id, DEAL_STAGE);
  }),

  check('pipelines.create-returns-201', `${GUIDE} (POST /crm/v3/pipelines/{objectType})`, async (ctx) => {
    const input = dealPipelineInput(ctx);
    const response = await pipelines(ctx).createWithHttpInfo('deals', input);
    assert.equal(response.httpStatusCode, 201);
    assert.equal(response.data.label, input.label);
    assert.deepEqual(response.data.stages.map((s) => s.label), ['Open', 'Won']);
    assert.ok(response.data.stages.every((s) => s.id), 'a stage has no id');
  }),

  check('pipelines.created-is-listed', `${SPEC}`, async (ctx) => {
    const created = await createdDealPipeline(ctx);
    const all = await pipelines(ctx).getAll('deals');
    assert.ok(all.results.some((p) => p.id === created.id));
  }),

  check('pipelines.deal-stage-needs-probability', `${GUIDE} ("For deals, probability is required")`, async (ctx) => {
    await apiError(() => pipelines(ctx).create('deals', { label: ctx.unique('Pipeline'), displayOrder: 1, stages: [{ label: 'Only', displayOrder: 0, metadata: {} }] }), 400);
  }),

  check('pipelines.create-ticket-pipeline', `${GUIDE} (ticketState OPEN or CLOSED)`, async (ctx) => {
    const created = await pipelines(ctx).create('tickets', {
      label: ctx.unique('Queue'),
      displayOrder: 2,
      stages: [{ label: 'In Progress', displayOrder: 0, metadata: { ticketState: 'OPEN' } }, { label: 'Done', displayOrder: 1, metadata: { ticketState: 'CLOSED' } }],
    });
    assert.equal(created.stages.length, 2);
  }),

  check('pipelines.update-label', `${SPEC} (PATCH …/{pipelineId})`, async (ctx) => {
    const created = await createdDealPipeline(ctx);
    const updated = await pipelines(ctx).update('deals', created.id, { label: `${created.label} renamed` });
    assert.equal(updated.label, `${created.label} renamed`);
    assert.equal((await pipelines(ctx).getById('deals', created.id)).label, `${created.label} renamed`);
  }),

  check('pipelines.archive-returns-204', `${SPEC} (DELETE …/{pipelineId} → 204)`, async (ctx) => {
    const created = await createdDealPipeline(ctx);
    const response = await pipelines(ctx).archiveWithHttpInfo('deals', created.id);
    assert.equal(response.httpStatusCode, 204);
    await apiError(() => pipelines(ctx).getById('deals', created.id), 404);
  }),

  check('pipelines.stage-create', `${SPEC} (POST …/{pipelineId}/stages → 201)`, async (ctx) => {
    const created = await createdDealPipeline(ctx);
    const response = await stages(ctx).createWithHttpInfo('deals', created.id, { label: 'Negotiation', displayOrder: 2, metadata: { probability: '0.6' } });
    assert.equal(response.httpStatusCode, 201);
    assert.equal(response.data.label, 'Negotiation');
  }),

  check('pipelines.stage-update', `${SPEC} (PATCH …/stages/{stageId})`, async (ctx) => {
    const created = await createdDealPipeline(ctx);
    const stage = created.stages[0];
    const updated = await stages(ctx).update('deals', created.id, stage.id, { label: 'Renamed stage', metadata: { probability: '0.3' } });
    assert.equal(updated.label, 'Renamed stage');
  }),

  check('pipelines.stage-archive', `${SPEC} (DELETE …/stages/{stageId} → 204)`, async (ctx) => {
    const created = await createdDealPipeline(ctx);
    const response = await stages(ctx).archiveWithHttpInfo('deals', created.id, created.stages[0].id);
    assert.equal(response.httpStatusCode, 204);
    const remaining = await stages(ctx).getAll('deals', created.id);
    assert.ok(!remaining.results.some((s) => s.id === created.stages[0].id), 'the archived stage is still listed');
  }),

  check('pipelines.deal-in-created-pipeline', `${GUIDE} (set the stage and its pipeline)`, async (ctx) => {
    const created = await createdDealPipeline(ctx);
    const deal = await createDeal(ctx, { pipeline: created.id, dealstage: created.stages[1].id });
    assert.equal(deal.properties.dealstage, created.stages[1].id);
  }),

  check('pipelines.deal-without-dealstage-400', doc('2.4', 'deals need dealstage'), async (ctx) => {
    const error = await apiError(() => ctx.hubspot.crm.deals.basicApi.create({ properties: { dealname: ctx.unique('Deal'), pipeline: DEAL_PIPELINE }, associations: [] }), 400);
    assert.match(JSON.stringify(error.body), /dealstage/);
  }),

  check('pipelines.ticket-without-stage-400', doc('2.4', 'tickets need hs_pipeline_stage'), async (ctx) => {
    const error = await apiError(() => ctx.hubspot.crm.tickets.basicApi.create({ properties: { subject: ctx.unique('Ticket'), hs_pipeline: TICKET_PIPELINE }, associations: [] }), 400);
    assert.match(JSON.stringify(error.body), /hs_pipeline_stage/);
  }),

  check('pipelines.deal-with-unknown-stage-400', `${GUIDE} (a stage belongs to one pipeline)`, async (ctx) => {
    await apiError(() => createDeal(ctx, { dealstage: 'no_such_stage' }), 400);
  }),

  check('pipelines.ticket-with-unknown-stage-400', `${GUIDE} (a stage belongs to one pipeline)`, async (ctx) => {
    await apiError(() => createTicket(ctx, { hs_pipeline_stage: '999999' }), 400);
  }),

  check('pipelines.deal-with-stage-of-other-pipeline-400', `${GUIDE} ("you'll also need to set the corresponding pipeline")`, async (ctx) => {
    const created = await createdDealPipeline(ctx);
    await apiError(() => createDeal(ctx, { pipeline: DEAL_PIPELINE, dealstage: created.stages[0].id }), 400);
  }),
];
