// Validates JSON documents against the KneeStrength schemas with Ajv (JSON Schema draft 2020-12).
//
//   node validate.mjs SCHEMA_DIR KIND=FILE [KIND=FILE ...]
//
// KIND names SCHEMA_DIR/KIND.schema.json; every *.schema.json there is loaded, so schemas may $ref each other by
// $id. A "!" before KIND means the file must NOT validate. Prints one line per file ("ok", or "FAIL" and the
// errors) and exits 1 when any file fails, 2 on bad usage.
import { readFileSync } from "node:fs";
import { loadSchemas } from "./schemas.mjs";

const [schemaDir, ...checks] = process.argv.slice(2);
if (!schemaDir || checks.length === 0) {
  console.error("usage: node validate.mjs SCHEMA_DIR KIND=FILE [KIND=FILE ...]");
  process.exit(2);
}

const { ajv, validator } = loadSchemas(schemaDir, { allErrors: true });

let failed = 0;
for (const check of checks) {
  const negate = check.startsWith("!");
  const [kind, file] = (negate ? check.slice(1) : check).split(/=(.*)/s);
  const validate = validator(kind);
  if (!validate || !file) {
    console.error(`unknown schema kind or missing file: ${check}`);
    process.exit(2);
  }

  const valid = validate(JSON.parse(readFileSync(file, "utf8")));
  if (valid !== negate) {
    console.log(`ok ${check}`);
  } else {
    failed++;
    const detail = negate ? "validated, but should not" : ajv.errorsText(validate.errors, { separator: "\n  " });
    console.log(`FAIL ${check}\n  ${detail}`);
  }
}

process.exit(failed === 0 ? 0 : 1);
