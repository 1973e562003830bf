'use strict';

/** The reference every check cites: `/work/shared/reference/hubspot-api.md` in the team's shared folder. */
const REFERENCE = 'hubspot-api.md';

/** A citation of a section of the HubSpot API reference, e.g. `doc('2.1')`. */
function doc(section, detail) {
  return `${REFERENCE} §${section}${detail ? ` (${detail})` : ''}`;
}

/** xunit shows theory arguments up to 50 characters; longer ids would be cut in test names. */
const MAX_ID_LENGTH = 50;

/**
 * One check of documented HubSpot behaviour. `id` is `area.name`; `run(ctx)` throws (an assertion) when the server
 * does not behave as documented.
 */
function check(id, source, run) {
  const dot = id.indexOf('.');
  if (dot <= 0 || !/^[a-z0-9-]+\.[a-z0-9.-]+$/.test(id) || id.length > MAX_ID_LENGTH) {
    throw new Error(`Check id "${id}" must be "area.name" in lower case, digits and dashes, at most ${MAX_ID_LENGTH} characters.`);
  }
  return { id, area: id.slice(0, dot), source, run };
}

module.exports = { check, doc };
