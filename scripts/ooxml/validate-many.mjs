// Validates several Office Open XML files in one run (the .NET runtime starts once) and prints
// one JSON object: { "<path>": [ { id, description, part, xpath }, ... ], ... }. A file the
// validator cannot open at all gets one entry with id "OpenFailed".
// Used by src/test/java/se/kompetensgap/testing/OoxmlValidator.java.
import { readFile } from "node:fs/promises";
import validate, { getFileFormatFromName } from "@ooxml-tools/validate";

const out = {};
for (const file of process.argv.slice(2)) {
  try {
    const bytes = new Uint8Array(await readFile(file));
    const results = await validate(bytes, getFileFormatFromName(file), "Microsoft365");
    out[file] = results.map((r) => ({
      id: r.id,
      description: r.description,
      part: r.path?.partUri ?? "",
      xpath: r.path?.xpath ?? "",
    }));
  } catch (e) {
    out[file] = [{ id: "OpenFailed", description: String(e?.message ?? e), part: "", xpath: "" }];
  }
}
process.stdout.write(JSON.stringify(out) + "\n");
