'use strict';

const fs = require('node:fs');
const path = require('node:path');

const CHECKS_DIRECTORY = path.join(__dirname, '..', 'checks');

/** Every check of every module under `checks/`, in file then declaration order; ids must be unique. */
function loadChecks() {
  const files = fs.readdirSync(CHECKS_DIRECTORY).filter((f) => f.endsWith('.js')).sort();
  const checks = files.flatMap((file) => require(path.join(CHECKS_DIRECTORY, file)));
  const seen = new Set();
  for (const c of checks) {
    if (seen.has(c.id)) {
      throw new Error(`Duplicate check id ${c.id}.`);
    }
    seen.add(c.id);
  }
  return checks;
}

module.exports = { loadChecks };
