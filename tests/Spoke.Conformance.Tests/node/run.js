'use strict';

// Runs the conformance checks against a HubSpot-compatible server and prints one JSON line per check:
//   {"id":"objects.create-returns-201","area":"objects","source":"hubspot-api.md §2.1","passed":true,"detail":""}
// Usage:
//   node run.js --list
//   node run.js --base-url http://127.0.0.1:5080 --token T [--limited-token T2] [--read-only-token T3] [--only id-or-area,…]

const { loadChecks } = require('./lib/catalog');

const CHECK_TIMEOUT_MS = 20_000;

function parseArguments(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i += 1) {
    const name = argv[i];
    if (name === '--list') {
      options.list = true;
    } else if (name.startsWith('--') && i + 1 < argv.length) {
      options[name.slice(2)] = argv[i + 1];
      i += 1;
    } else {
      throw new Error(`Unknown or incomplete argument "${name}". See the usage at the top of run.js.`);
    }
  }
  return options;
}

function print(line) {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function detailOf(error) {
  const message = error?.code !== undefined && error?.body !== undefined
    ? `HTTP ${error.code}: ${JSON.stringify(error.body)}`
    : error?.message ?? String(error);
  return message.replace(/\s+/g, ' ').slice(0, 600);
}

async function runChecks(options, checks) {
  const { createContext } = require('./lib/context');
  if (!options['base-url'] || !options.token) {
    throw new Error('--base-url and --token are required (or --list).');
  }
  const ctx = createContext({
    baseUrl: options['base-url'],
    token: options.token,
    limitedToken: options['limited-token'],
    readOnlyToken: options['read-only-token'],
    runId: Date.now().toString(36),
  });
  const only = options.only ? new Set(options.only.split(',')) : undefined;
  for (const c of checks) {
    if (only && !only.has(c.id) && !only.has(c.area)) {
      continue;
    }
    let passed = true;
    let detail = '';
    try {
      await withTimeout(Promise.resolve().then(() => c.run(ctx)), CHECK_TIMEOUT_MS);
    } catch (error) {
      passed = false;
      detail = detailOf(error);
    }
    print({ id: c.id, area: c.area, source: c.source, passed, detail });
  }
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const checks = loadChecks();
  if (options.list) {
    for (const c of checks) {
      print({ id: c.id, area: c.area, source: c.source });
    }
    return;
  }
  await runChecks(options, checks);
}

main().catch((error) => {
  process.stderr.write(`conformance runner failed: ${error?.stack ?? error}\n`);
  process.exitCode = 2;
});
