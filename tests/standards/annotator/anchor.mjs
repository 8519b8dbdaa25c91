// Anchors exported Web Annotations on the page they target with Apache Annotator, the reference implementation of
// the W3C selectors, and reports for each selector what it matched. esbuild bundles this file for the page (the
// browser test does, from node_modules: no request leaves the machine).
import { createCssSelectorMatcher, createTextQuoteSelectorMatcher, createTextPositionSelectorMatcher } from "@apache-annotator/dom";
import { makeRefinable } from "@apache-annotator/selector";

const createMatcher = makeRefinable((selector) => {
  switch (selector.type) {
    case "CssSelector": return createCssSelectorMatcher(selector);
    case "TextQuoteSelector": return createTextQuoteSelectorMatcher(selector);
    case "TextPositionSelector": return createTextPositionSelectorMatcher(selector);
    default: throw new Error(`no matcher for ${selector.type}`);
  }
});

/** Characters of text from the start of `scope` to the boundary (node, offset). */
function offsetIn(scope, node, offset) {
  const range = document.createRange();
  range.setStart(scope, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The note's highlighted passage: from the start of its first mark to the end of its last, as offsets in `scope`'s text. */
function highlighted(scope, id) {
  const marks = [...scope.querySelectorAll("mark")].filter((m) => (m.dataset.notes ?? "").split(" ").includes(id));
  if (marks.length === 0) return null;
  const first = marks[0], last = marks[marks.length - 1];
  const start = offsetIn(scope, first.parentNode, [...first.parentNode.childNodes].indexOf(first));
  const end = offsetIn(scope, last.parentNode, [...last.parentNode.childNodes].indexOf(last) + 1);
  return { start, end, text: marks.map((m) => m.textContent).join("") };
}

window.archiveAnchor = async function (annotations) {
  const results = [];
  for (const annotation of annotations) {
    const id = new URL(annotation.id).pathname.split("/").filter(Boolean).pop();
    const selectors = [].concat(annotation.target.selector);
    const outcomes = [];
    for (const selector of selectors) {
      const kind = selector.refinedBy ? `${selector.type}>${selector.refinedBy.type}` : selector.type;
      try {
        const matches = [];
        for await (const match of createMatcher(selector)(document)) matches.push(match);
        const scope = document.querySelector(selector.value) ?? document.body;
        const passage = highlighted(scope, id);
        const found = matches.map((range) => ({
          start: offsetIn(scope, range.startContainer, range.startOffset),
          end: offsetIn(scope, range.endContainer, range.endOffset),
          text: range.toString(),
        }));
        const exact = matches.length === 1 && passage !== null
          && found[0].start === passage.start && found[0].end === passage.end && found[0].text === passage.text;
        outcomes.push({ kind, matches: matches.length, exact, found, passage });
      } catch (error) {
        outcomes.push({ kind, matches: 0, exact: false, error: String(error) });
      }
    }
    results.push({ id: annotation.id, outcomes });
  }
  return results;
};
