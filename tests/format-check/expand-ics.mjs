// Expands the events of iCalendar files with ical.js, an independent RFC 5545 reader.
//
//   node expand-ics.mjs FROM TO FILE [FILE ...]
//
// FROM and TO are YYYY-MM-DD, a half-open range of days. For each file prints one JSON line:
//   {"file": FILE, "occurrences": [["YYYY-MM-DD", "SUMMARY"], ...], "descriptions": ["DESCRIPTION", ...]}
//       every occurrence in the range, in date order; each event's DESCRIPTION as read (unescaped), in file order
//   {"file": FILE, "error": "..."}                                     when ical.js cannot read it
// Dates are the occurrence's start date in the event's own time zone (resolved from the file's VTIMEZONE), so the
// result does not depend on the machine's zone. Exits 2 on bad usage.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const [from, to, ...files] = process.argv.slice(2);
if (!/^\d{4}-\d\d-\d\d$/.test(from ?? "") || !/^\d{4}-\d\d-\d\d$/.test(to ?? "") || files.length === 0) {
  console.error("usage: node expand-ics.mjs FROM TO FILE [FILE ...]");
  process.exit(2);
}

const pad = (n, w = 2) => String(n).padStart(w, "0");
const dateOf = (t) => `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;

for (const file of files) {
  try {
    const root = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
    const occurrences = [];
    const descriptions = [];
    for (const vevent of root.getAllSubcomponents("vevent")) {
      const event = new ICAL.Event(vevent);
      descriptions.push(event.description ?? null);
      const iterator = event.iterator();
      for (let next = iterator.next(); next; next = iterator.next()) {
        const day = dateOf(event.getOccurrenceDetails(next).startDate);
        if (day >= to) break;
        if (day >= from) occurrences.push([day, event.summary]);
      }
    }
    occurrences.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    console.log(JSON.stringify({ file, occurrences, descriptions }));
  } catch (e) {
    console.log(JSON.stringify({ file, error: String(e?.message ?? e) }));
  }
}
