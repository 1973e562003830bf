'use strict';

const assert = require('node:assert/strict');

const ISO_MILLIS_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Awaits a call that must fail with `status`; returns the client's ApiException (code, body, headers). */
async function apiError(call, status) {
  let result;
  try {
    result = await call();
  } catch (error) {
    if (typeof error?.code !== 'number') {
      throw error;
    }
    assert.equal(error.code, status, `expected HTTP ${status}, got ${error.code}: ${describe(error.body)}`);
    return error;
  }
  assert.fail(`expected HTTP ${status}, got a success: ${describe(result)}`);
}

/** Asserts a raw response's status, naming the body when it differs. */
function status(response, expected) {
  assert.equal(response.status, expected, `expected HTTP ${expected}, got ${response.status}: ${response.text.slice(0, 300)}`);
}

/** The value of a header of a client response (lower-case names) or a fetch `Headers`. */
function header(headers, name) {
  if (!headers) {
    return undefined;
  }
  if (typeof headers.get === 'function') {
    return headers.get(name) ?? undefined;
  }
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

function isoMillisUtc(value, what) {
  assert.match(String(value), ISO_MILLIS_UTC, `${what} should be ISO 8601 UTC with milliseconds and Z, was ${value}`);
}

function uuid(value, what) {
  assert.match(String(value), UUID, `${what} should be a UUID, was ${value}`);
}

function numericString(value, what) {
  assert.equal(typeof value, 'string', `${what} should be a JSON string, was ${typeof value} ${value}`);
  assert.match(value, /^\d+$/, `${what} should be a numeric string, was ${value}`);
}

function hasKeys(object, keys, what) {
  const missing = keys.filter((k) => !(k in (object ?? {})));
  assert.deepEqual(missing, [], `${what} lacks ${missing.join(', ')}; has ${Object.keys(object ?? {}).join(', ')}`);
}

function describe(value) {
  try {
    return JSON.stringify(value)?.slice(0, 300);
  } catch {
    return String(value);
  }
}

module.exports = { assert, apiError, status, header, isoMillisUtc, uuid, numericString, hasKeys, describe };
