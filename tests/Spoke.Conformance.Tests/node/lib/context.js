'use strict';

const { Client } = require('@hubspot/api-client');

/**
 * Everything a check needs: HubSpot's client for each configured token, a raw request for what the client lacks,
 * values no other check uses, and fixtures shared by the checks that need them.
 */
function createContext({ baseUrl, token, limitedToken, readOnlyToken, runId }) {
  const basePath = baseUrl.replace(/\/+$/, '');
  const clientFor = (accessToken) =>
    new Client(accessToken === null ? { basePath } : { accessToken, basePath, numberOfApiCallRetries: 0 });
  const hubspot = clientFor(token);
  const fixtures = new Map();
  let counter = 0;

  /**
   * A raw HTTP call through the client's own `apiRequest`, read in full. `accessToken` overrides the token (`null`
   * sends none); `rawBody` is sent as it is, without JSON encoding.
   */
  async function raw(method, path, { body, qs, accessToken, rawBody } = {}) {
    const client = accessToken === undefined ? hubspot : clientFor(accessToken);
    const options = { method, path, qs };
    if (rawBody !== undefined) {
      options.body = rawBody;
      options.defaultJson = false;
      options.headers = { 'Content-Type': 'application/json' };
    } else if (body !== undefined) {
      options.body = body;
    }
    const response = await client.apiRequest(options);
    const text = await response.text();
    let json;
    try {
      json = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, body: json };
  }

  return {
    hubspot,
    limitedHubspot: limitedToken ? clientFor(limitedToken) : undefined,
    readOnlyHubspot: readOnlyToken ? clientFor(readOnlyToken) : undefined,
    tokens: { token, limitedToken, readOnlyToken },
    raw,
    runId,
    /** A value unique to this run and call, safe in emails, names and property names (lower case, digits, `_`). */
    unique(prefix = 'v') {
      counter += 1;
      return `${prefix}_${runId}_${counter}`;
    },
    /** A unique email address. */
    email(prefix = 'person') {
      counter += 1;
      return `${prefix}${counter}.${runId}@conformance.example.com`;
    },
    /** Runs `make` once per key; later calls share its promise (and its failure). */
    once(key, make) {
      if (!fixtures.has(key)) {
        fixtures.set(key, make());
      }
      return fixtures.get(key);
    },
  };
}

module.exports = { createContext };
