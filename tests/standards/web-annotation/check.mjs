// Runs the W3C Web Annotation must-level tests (annotationMusts, collectionMusts, pageMusts from
// w3c/web-annotation-tests, vendored beside this file) over the export files named on the command line: every
// AnnotationCollection, every AnnotationPage, and every annotation in them. An annotation embedded in a page is
// checked as a document of its own, with the page's @context, as a JSON-LD reader sees it.
// Prints one JSON object: how many of each were checked, and every failure.
// Usage: node check.mjs annotations.jsonld annotation-pages/1.jsonld ...
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

const here = dirname(fileURLToPath(import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));

// The schemas carry the test harness's own keywords (assertionType, errorMessage…): not strict.
const ajv = new Ajv({ strict: false, allErrors: false });
addFormats(ajv);
for (const name of ["annotations", "bodyTarget", "choiceSet", "collections", "id", "otherProperties", "specificResource"])
  ajv.addSchema(readJson(join(here, "definitions", `${name}.json`)));

/** A .test file's assertions, compiled. Their ids are dropped: two assertion files share one, and refs resolve by the definitions' ids. */
function suite(testFile) {
  return readJson(join(here, testFile)).assertions.map((file) => {
    const { id, ...schema } = readJson(join(here, file));
    return { file, expected: schema.expectedResult ?? "valid", message: schema.errorMessage, validate: ajv.compile(schema) };
  });
}
const musts = {
  annotation: suite("annotations/annotationMusts.test"),
  collection: suite("collections/collectionMusts.test"),
  page: suite("collections/pages/pageMusts.test"),
};

const counts = { annotation: 0, collection: 0, page: 0 };
const failures = [];
function check(kind, where, json) {
  counts[kind]++;
  for (const assertion of musts[kind]) {
    const valid = assertion.validate(json);
    if (valid !== (assertion.expected === "valid"))
      failures.push({ where, kind, assertion: assertion.file, message: assertion.message, errors: ajv.errorsText(assertion.validate.errors) });
  }
}

for (const path of process.argv.slice(2)) {
  const doc = readJson(path);
  const pages = doc.type === "AnnotationCollection" ? [doc.first] : [doc];
  if (doc.type === "AnnotationCollection") check("collection", path, doc);
  // pageMusts reads a page, or a collection with its first page embedded.
  check("page", path, doc);
  for (const page of pages)
    for (const item of page.items ?? [])
      check("annotation", `${path} ${item.id}`, { "@context": doc["@context"], ...item });
}
console.log(JSON.stringify({ counts, failures }, null, 1));
