// Compiles the schemas of a tools/list answer with ajv in strict mode, as a strict MCP client would, and validates values
// against them. Reads one JSON document from the file named on the command line:
//   {"tools": [<tools/list tools>],
//    "arguments": [{"name", "tool", "value"}],   // validated against the tool's inputSchema
//    "results": [{"name", "tool", "value"}]}     // validated against the tool's outputSchema
// and prints {"schemas": [{"tool", "schema", "error"?}], "arguments": [{"name", "valid", "errors"}], "results": [...]}, where
// "valid" is null when the tool has no such schema or it did not compile.
"use strict";

const fs = require("fs");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");

const input = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);

const validators = new Map();
const schemas = [];
for (const tool of input.tools) {
  for (const kind of ["inputSchema", "outputSchema"]) {
    if (tool[kind] === undefined) {
      continue;
    }

    try {
      validators.set(`${tool.name}.${kind}`, ajv.compile(tool[kind]));
      schemas.push({ tool: tool.name, schema: kind });
    } catch (error) {
      schemas.push({ tool: tool.name, schema: kind, error: error.message });
    }
  }
}

function validate(cases, kind) {
  return (cases || []).map(({ name, tool, value }) => {
    const validator = validators.get(`${tool}.${kind}`);
    if (!validator) {
      return { name, valid: null, errors: `${tool} has no ${kind} that compiles` };
    }

    const valid = validator(value);
    return { name, valid, errors: valid ? "" : ajv.errorsText(validator.errors) };
  });
}

process.stdout.write(JSON.stringify({
  schemas,
  arguments: validate(input.arguments, "inputSchema"),
  results: validate(input.results, "outputSchema"),
}));
