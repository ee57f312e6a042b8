// Decodes FIT files with fit-file-parser, an independent FIT reader, checking the CRC.
//
//   node read-fit.mjs FILE [FILE ...]
//
// For each file prints one JSON line:
//   {"file": FILE, "fileId": {...}, "workout": {...}, "steps": [...], "titles": [...]}
//   {"file": FILE, "error": "..."}    when the reader refuses it (a CRC mismatch, say)
// Enums come back as the profile's names (duration_type "reps"), times in milliseconds. Exits 2 on bad usage.
import { readFileSync } from "node:fs";
import FitParser from "fit-file-parser";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node read-fit.mjs FILE [FILE ...]");
  process.exit(2);
}

const plain = (m) => ({ ...m, message_index: m.message_index?.value ?? m.message_index });

for (const file of files) {
  const parser = new FitParser({ force: false, mode: "list" });
  let line;
  try {
    parser.parse(readFileSync(file), (error, data) => {
      line = error
        ? { file, error: String(error?.message ?? error) }
        : {
            file,
            fileId: (data.file_ids ?? [])[0] ?? null,
            workout: data.workout ?? null,
            steps: (data.messages?.workout_step ?? []).map(plain),
            titles: (data.messages?.exercise_title ?? []).map(plain),
          };
    });
  } catch (e) {
    line = { file, error: String(e?.message ?? e) };
  }
  console.log(JSON.stringify(line ?? { file, error: "the reader gave no result" }));
}
