// Judges many documents against the KneeStrength schemas with Ajv (JSON Schema draft 2020-12), for the test that
// holds the schemas and the reader to one contract.
//
//   node judge.mjs SCHEMA_DIR FILE
//
// FILE holds one JSON object per line: {"kind": "routine", "base64": "..."}, the document's bytes in base64. For each
// line prints one line: "valid", or "invalid" and why (bytes that are not UTF-8, text that is not JSON, or the
// schema's first error). Exits 2 on bad usage.
import { readFileSync } from "node:fs";
import { loadSchemas } from "./schemas.mjs";

const [schemaDir, file] = process.argv.slice(2);
if (!schemaDir || !file) {
  console.error("usage: node judge.mjs SCHEMA_DIR FILE");
  process.exit(2);
}

const { ajv, validator } = loadSchemas(schemaDir, { allErrors: false });

// fatal: bytes that are not UTF-8 are refused; ignoreBOM: a byte-order mark stays in the text, where JSON forbids it.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const out = [];
for (const line of readFileSync(file, "utf8").split("\n")) {
  if (line.length === 0) continue;
  const { kind, base64 } = JSON.parse(line);
  const validate = validator(kind);
  if (!validate) {
    console.error(`unknown schema kind: ${kind}`);
    process.exit(2);
  }

  let text;
  try {
    text = utf8.decode(Buffer.from(base64, "base64"));
  } catch {
    out.push("invalid: not UTF-8");
    continue;
  }

  let document;
  try {
    document = JSON.parse(text);
  } catch (e) {
    out.push(`invalid: not JSON (${e.message.split("\n")[0]})`);
    continue;
  }

  out.push(validate(document) ? "valid" : `invalid: ${ajv.errorsText(validate.errors)}`.replace(/\s+/g, " "));
}

process.stdout.write(out.join("\n") + "\n");
