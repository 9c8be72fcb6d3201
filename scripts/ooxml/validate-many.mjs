// Validates several Office Open XML files in one run (the .NET runtime in the package starts
// once, which is most of the time) and prints, per file, a line "file<TAB>path<TAB>count" and
// then one line per error: "error<TAB>id<TAB>part<TAB>xpath<TAB>description". A file the
// validator cannot open at all gets one error with id "OpenFailed".
// Used by src/test/java/se/kompetensgap/testing/OoxmlValidator.java.
import { readFile } from "node:fs/promises";
import validate, { getFileFormatFromName } from "@ooxml-tools/validate";

const clean = (s) => String(s ?? "").replace(/[\t\r\n]+/g, " ");
const lines = [];
for (const file of process.argv.slice(2)) {
  let errors;
  try {
    const bytes = new Uint8Array(await readFile(file));
    const results = await validate(bytes, getFileFormatFromName(file), "Microsoft365");
    errors = results.map((r) => [r.id, r.path?.partUri, r.path?.xpath, r.description]);
  } catch (e) {
    errors = [["OpenFailed", "", "", e?.message ?? e]];
  }
  lines.push(["file", file, errors.length].map(clean).join("\t"));
  for (const e of errors) lines.push(["error", ...e].map(clean).join("\t"));
}
process.stdout.write(lines.join("\n") + "\n");
