// Compiles the PerfReport schema with ajv in strict mode, then validates every JSON document of a folder:
// documents named valid-*.json must pass, documents named invalid-*.json must fail.
// Usage: node check.mjs SCHEMA.json DIR     Exit 0 when every document behaves as its name says, else 1.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";

const [schemaPath, dir] = process.argv.slice(2);
if (!schemaPath || !dir) {
  console.error("usage: node check.mjs SCHEMA.json DIR");
  process.exit(2);
}

// strict: unknown keywords, formats, ignored or ambiguous keywords are errors. allowUnionTypes: a nullable field is
// written "type": ["number", "null"] (draft-07 allows a list of types; strict mode wants it said so).
const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true });
// The one keyword of the editors' vocabulary (VS Code, yaml-language-server) the schema uses: an annotation that
// replaces the editor's "does not match pattern" message; registered so that strict mode knows it, nothing else is.
ajv.addVocabulary(["patternErrorMessage"]);
let validate;
try {
  validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
} catch (e) {
  console.log(`schema does not compile in strict mode: ${e.message}`);
  process.exit(1);
}

let failures = 0;
const names = readdirSync(dir).filter((n) => n.endsWith(".json")).sort();
for (const name of names) {
  const ok = validate(JSON.parse(readFileSync(join(dir, name), "utf8")));
  const expected = name.startsWith("valid-");
  if (ok === expected) {
    console.log(`ok ${name}`);
  } else {
    failures++;
    const why = ok ? "accepted" : ajv.errorsText(validate.errors, { separator: "; " });
    console.log(`FAIL ${name}: ${expected ? "rejected" : "accepted"} (${why})`);
  }
}
console.log(`${names.length} documents, ${failures} failures`);
process.exit(failures === 0 && names.length > 0 ? 0 : 1);
