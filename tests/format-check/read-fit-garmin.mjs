// Decodes FIT files with Garmin's own decoder (@garmin/fitsdk), checking the file's integrity (header, size, CRC).
//
//   node read-fit-garmin.mjs FILE [FILE ...]
//
// For each file prints one JSON line:
//   {"file": FILE, "integrity": true, "errors": [], "fileId": {...}, "workout": {...}, "steps": [...], "titles": [...]}
// with the decoder's names: camelCase fields (durationType, durationValue, targetValue, exerciseCategory,
// wktStepName, messageIndex), enums as the profile's names ("reps", "repeatUntilStepsCmplt", "warmup",
// "bandedExercises"), and the sub-fields it expands, such as durationStep and repeatSteps for a repeat step. Dates
// come back as ISO strings. A file the decoder cannot read gives "integrity": false and its errors.
//
//   node read-fit-garmin.mjs --names CATEGORY[/NAME] ...
//
// prints one JSON object of the profile's names of exercise categories and names, such as
// {"37": "bandedExercises", "37/24": "lateralBandWalks"}, null for a number the profile does not have.
// Exits 2 on bad usage.
import { readFileSync } from "node:fs";
import { Decoder, Profile, Stream } from "@garmin/fitsdk";

const args = process.argv.slice(2);
if (args.length === 0 || (args[0] === "--names" && args.length === 1)) {
  console.error("usage: node read-fit-garmin.mjs FILE [FILE ...] | --names CATEGORY[/NAME] ...");
  process.exit(2);
}

if (args[0] === "--names") {
  const names = {};
  for (const key of args.slice(1)) {
    const [category, name] = key.split("/").map(Number);
    const categoryName = Profile.types.exerciseCategory[category] ?? null;
    names[key] = name === undefined || categoryName === null
      ? categoryName
      : Profile.types[`${categoryName}ExerciseName`]?.[name] ?? null;
  }
  console.log(JSON.stringify(names));
  process.exit(0);
}

const files = args;

for (const file of files) {
  let line;
  try {
    const decoder = new Decoder(Stream.fromBuffer(readFileSync(file)));
    const integrity = decoder.isFIT() && decoder.checkIntegrity();
    const { messages, errors } = decoder.read();
    line = {
      file,
      integrity,
      errors: errors.map((e) => String(e?.message ?? e)),
      fileId: (messages.fileIdMesgs ?? [])[0] ?? null,
      workout: (messages.workoutMesgs ?? [])[0] ?? null,
      steps: messages.workoutStepMesgs ?? [],
      titles: messages.exerciseTitleMesgs ?? [],
    };
  } catch (e) {
    line = { file, integrity: false, errors: [String(e?.message ?? e)] };
  }
  console.log(JSON.stringify(line));
}
