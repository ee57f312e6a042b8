// Loads every *.schema.json of a folder into one Ajv (JSON Schema draft 2020-12), so schemas may $ref each other by
// $id, for validate.mjs and judge.mjs.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

// Returns the validator of each kind, by the file's name without ".schema.json" ("routine", "plan", ...).
export function loadSchemas(schemaDir, { allErrors }) {
  const ajv = new Ajv2020({ allErrors, strict: true });
  addFormats(ajv);
  const ids = new Map();
  for (const name of readdirSync(schemaDir).filter((n) => n.endsWith(".schema.json")).sort()) {
    const schema = JSON.parse(readFileSync(join(schemaDir, name), "utf8"));
    ajv.addSchema(schema);
    ids.set(name.slice(0, -".schema.json".length), schema.$id);
  }

  return { ajv, validator: (kind) => (ids.has(kind) ? ajv.getSchema(ids.get(kind)) : undefined) };
}
