import {createRequire as __createRequire} from 'node:module';
const require = __createRequire(import.meta.url);
import {
  PlanLintConfigError,
  _enum,
  array,
  compiledTemplate,
  conventionStem,
  defineRule,
  defineTemplate,
  describeValue,
  findIdentifiers,
  findPlaceholders,
  firstLineOf,
  getPlanModel,
  getRelatedDocuments,
  isRequired,
  linkTargetOf,
  location,
  matchTemplate,
  normalizeHeading,
  ok,
  remarkPlanSyntax,
  sectionContent,
  sectionOffsets,
  sectionRange,
  strictObject,
  string,
  taskState,
  templateOptionSchema,
  templateRegExp,
  templateRuleOptions,
  templateSignature,
  textOf,
  unified
} from "./chunk-FOCHGUSW.mjs";

// packages/rules/dist/plan-gates-passed/index.js
var options = strictObject({
  template: templateOptionSchema,
  stage: _enum(["planning", "implementation"]).default("planning").describe("The plan's lifecycle stage: at `planning` (the default) checklist items the template marks as implementation work (tasks generated, implementation complete) may stay unchecked; at `implementation` every gate box must be checked")
});
var planGatesPassed = defineRule({
  id: "plan-gates-passed",
  description: "Gate verdicts and gate checklists the template defines (Constitution Check, Progress Tracking, Definition of Ready / Done) are passed, or their failures justified",
  options,
  notes: [
    "A verdict is a short unit that states a result: a table cell (`| FAIL |`, `| \u26A0\uFE0F PARTIAL VIOLATION |`, `| \u274C |`), the part of a line after a `:` or a spaced dash (`**Gate result: FAIL**`, `- **II. Testing**: \u274C NOT MET`), a line made only of a verdict, or a line ending with `\u274C`. Words inside prose (`maps a failed check to exit 1`, `Tests must fail first`), plural mentions (`No violations`, `violations: none`), table headers (`| Violation | Why Needed | ... |`), fenced code and HTML comments are never verdicts.",
    "A failing verdict is accepted when the template names a justification section (spec-kit: Complexity Tracking) and that section holds a justification: more than template instructions (`> **Fill ONLY if ...**`), a bare table header, placeholder rows (`[current need]`) or a statement that there are no violations.",
    "Task-list boxes (`- [ ]`, `- [x]`) are read with or without remark-gfm. At the `planning` stage, items matching the template's implementation patterns (`Phase 3: Tasks generated`, `Phase 4: Implementation complete`) may stay unchecked; items that only apply when a gate failed (`Complexity deviations documented`) may stay unchecked while no verdict fails. A whole checklist the template places at implementation (`stage: implementation`, the Definition of Done) may stay unchecked while planning; the Definition of Ready may not. Checklist patterns are matched case-insensitively.",
    "Sections the plan does not have are left to `plan-required-sections`."
  ],
  messages: {
    failed: ({ verdict, section }) => `Unexpected failing gate verdict \`${verdict}\` in \`${section}\`, expected the gate passed or the design changed`,
    unjustified: ({ verdict, section, justification }) => `Unexpected failing gate verdict \`${verdict}\` in \`${section}\` with no justification in \`${justification}\`, expected the violation justified there or the design changed`,
    unchecked: ({ item, section }) => `Unexpected unchecked gate \`${item}\` in \`${section}\`, expected it checked before the plan is reviewed`
  },
  check({ model, options: { template, stage }, report }) {
    const { verdicts, checklists } = template.gates;
    if (verdicts.length === 0 && checklists.length === 0)
      return;
    const match = matchTemplate(model, template);
    const reported = /* @__PURE__ */ new Set();
    for (const gate of verdicts) {
      const section = match.byId.get(gate.section)?.found;
      if (!section)
        continue;
      const failing = failingVerdicts(model, section);
      if (failing.length === 0)
        continue;
      if (gate.justifiedBy) {
        const justification = match.byId.get(gate.justifiedBy);
        const found = justification?.found;
        if (found && isJustified(model, found, justification?.section.instructions ?? []))
          continue;
        const name = found?.text ?? justification?.section.text ?? gate.justifiedBy;
        for (const unit of failing) {
          const range = rangeOf(model, unit);
          reported.add(range.start.line);
          report("unjustified", { verdict: describeValue(unit.text), section: section.text, justification: name }, range, found ? { cause: { message: `Justification section \`${found.text}\``, place: found.heading } } : void 0);
        }
      } else {
        for (const unit of failing) {
          const range = rangeOf(model, unit);
          reported.add(range.start.line);
          report("failed", { verdict: describeValue(unit.text), section: section.text }, range);
        }
      }
    }
    for (const checklist of checklists) {
      const section = match.byId.get(checklist.section)?.found;
      if (!section)
        continue;
      const implementation = checklist.implementation.map((pattern) => templateRegExp(pattern, true));
      const whenViolations = checklist.whenViolations.map((pattern) => templateRegExp(pattern, true));
      const pastPlanning = /* @__PURE__ */ new Set();
      for (const item of checklistItems(model, section)) {
        if (item.range && reported.has(item.range.start.line))
          continue;
        if (isFailingLine(item.text)) {
          report("failed", { verdict: describeValue(item.text), section: section.text }, item.range);
          continue;
        }
        const isImplementation = checklist.stage === "implementation" || implementation.some((pattern) => pattern.test(item.text));
        if (isImplementation)
          pastPlanning.add(item.list);
        if (item.checked)
          continue;
        if (stage === "planning" && (isImplementation || pastPlanning.has(item.list)))
          continue;
        if (whenViolations.some((pattern) => pattern.test(item.text)) && !hasViolations(model, template))
          continue;
        report("unchecked", { item: describeValue(item.text), section: section.text }, item.range);
      }
    }
  }
});
function hasViolations(model, template) {
  const match = matchTemplate(model, template);
  return template.gates.verdicts.some((gate) => {
    const section = match.byId.get(gate.section)?.found;
    return section !== void 0 && failingVerdicts(model, section).length > 0;
  });
}
function rangeOf(model, unit) {
  return { start: model.toPoint(unit.start), end: model.toPoint(unit.end) };
}
var failingCache = /* @__PURE__ */ new WeakMap();
function failingVerdicts(model, section) {
  const cached = failingCache.get(section);
  if (cached)
    return cached;
  const found = [];
  walk(model.tree.children.slice(section.index, section.end), (node) => collectVerdicts(model, node, found));
  failingCache.set(section, found);
  return found;
}
function walk(nodes, visit2) {
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (!visit2(node) || !("children" in node))
      continue;
    for (let index = node.children.length - 1; index >= 0; index--)
      stack.push(node.children[index]);
  }
}
function collectVerdicts(model, node, into) {
  switch (node.type) {
    case "code":
    case "html":
    case "yaml":
    case "definition":
      return false;
    case "heading": {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const text = plainText(textOf(node));
      if (start !== void 0 && end !== void 0 && isFailingLine(text))
        into.push({ text, start, end });
      return false;
    }
    case "paragraph": {
      for (const unit of paragraphUnits(model, node)) {
        if (unit.cells ? isFailingCell(unit.text) : isFailingLine(unit.text))
          into.push(unit);
      }
      return false;
    }
    case "table": {
      for (const row of node.children.slice(1)) {
        for (const cell of row.children) {
          const start = cell.position?.start.offset;
          const end = cell.position?.end.offset;
          const text = plainText(textOf(cell));
          if (start !== void 0 && end !== void 0 && isFailingCell(text))
            into.push({ text, start, end });
        }
      }
      return false;
    }
    default:
      return true;
  }
}
function paragraphUnits(model, paragraph) {
  const units = [];
  const base = paragraph.position?.start.offset;
  const source = model.sourceOf(paragraph);
  if (base === void 0 || source === void 0)
    return units;
  const lines = sourceLines(source, base);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line.text.startsWith("|")) {
      if (isSeparatorRow(line.text))
        continue;
      const next = lines[index + 1];
      if (next && isSeparatorRow(next.text))
        continue;
      for (const cell of splitCells(line)) {
        units.push({ text: plainText(cell.text), start: cell.start, end: cell.end, cells: true });
      }
      continue;
    }
    if (line.text)
      units.push({ text: plainText(line.text).replace(taskBox, ""), start: line.start, end: line.end, cells: false });
  }
  return units;
}
function sourceLines(source, base) {
  const lines = [];
  let offset = 0;
  for (const raw of source.split("\n")) {
    const prefix = /^[ \t]*(?:>[ \t]?)*[ \t]*/.exec(raw)?.[0].length ?? 0;
    const content = raw.slice(prefix).trimEnd();
    lines.push({ text: content, start: base + offset + prefix, end: base + offset + prefix + content.length });
    offset += raw.length + 1;
  }
  return lines;
}
var separatorRow = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/;
function isSeparatorRow(text) {
  return text.includes("-") && separatorRow.test(text);
}
function splitCells(line) {
  const cells = [];
  const { text } = line;
  let cellStart = text.startsWith("|") ? 1 : 0;
  for (let index = cellStart; index <= text.length; index++) {
    const atEnd = index === text.length;
    if (!atEnd && (text[index] !== "|" || text[index - 1] === "\\"))
      continue;
    const raw = text.slice(cellStart, index);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) {
      cells.push({ text: trimmed, start: line.start + cellStart + lead, end: line.start + cellStart + lead + trimmed.length });
    }
    cellStart = index + 1;
  }
  return cells;
}
function plainText(text) {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, "").replace(/!?\[([^[\]]*)\]\([^)[]*\)/g, "$1").replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1").replace(/[*`~]/g, "").replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, "").replace(/\s+/g, " ").trim();
}
var failMark = /^(?:❌|✗|✘|✖|⛔|🚫)\uFE0F?/u;
var endsWithFailMark = /(?:❌|✗|✘|✖)\uFE0F?$/u;
var decoration = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+/u;
var verdictWord = /^(?:partial(?:ly)?\s+)?(?:fail(?:ed|s)?|violat(?:ion|ed|es)|non[- ]?compliant|not\s+met)(?![\p{L}\p{N}]|-[\p{L}\p{N}])/iu;
var translatedVerdict = /^(?:部分)?(?:违反|違反|违规|違規|不通过|未通过|不合格|失败|失敗|不適合)|^(?:부분\s*)?(?:위반|실패|미통과|미충족|불합격)/u;
var negation = /^(?:none|no|n\/a|nil|0|-|—)(?![\p{L}\p{N}])/iu;
var segmentSeparator = /:(?=\s|$)|：|\s[—–-]+\s/u;
function segments(text) {
  return text.split(new RegExp(segmentSeparator.source, "gu")).map((part) => part.trim());
}
function verdictFit(text) {
  const mark = failMark.exec(text);
  if (mark) {
    const rest2 = text.slice(mark[0].length).replace(decoration, "");
    if (rest2 === "" || /^[^\p{L}\p{N}]*$/u.test(rest2))
      return "whole";
    const word2 = verdictWord.exec(rest2) ?? translatedVerdict.exec(rest2);
    if (word2)
      return rest2.slice(word2[0].length).replace(/[^\p{L}\p{N}]/gu, "") === "" ? "whole" : "start";
    return void 0;
  }
  const stripped = text.replace(decoration, "");
  const translated = translatedVerdict.exec(stripped);
  if (translated) {
    const rest2 = stripped.slice(translated[0].length);
    if (/^[^\p{L}\p{N}]*$/u.test(rest2))
      return "whole";
    return /^\s*[(（:：,，。.—–-]/u.test(rest2) ? "start" : void 0;
  }
  const word = verdictWord.exec(stripped);
  if (!word)
    return void 0;
  const rest = stripped.slice(word[0].length);
  if (/^[^\p{L}\p{N}]*$/u.test(rest))
    return "whole";
  if (/^\s*[^\p{L}\p{N}\s]/u.test(rest))
    return "start";
  const isCapitals = word[0] === word[0].toUpperCase();
  return isCapitals && !new RegExp("^\\s*\\p{Lu}", "u").test(rest) ? "start" : void 0;
}
function isFailingCell(text) {
  if (!text)
    return false;
  if (endsWithFailMark.test(text))
    return true;
  return isFailingSegments(segments(text), true);
}
function isFailingLine(text) {
  if (!text)
    return false;
  if (endsWithFailMark.test(text))
    return true;
  return isFailingSegments(segments(text), false);
}
function isFailingSegments(parts, cell) {
  for (let index = 0; index < parts.length; index++) {
    const fit = verdictFit(parts[index]);
    if (!fit)
      continue;
    if (index === 0 && !cell && fit !== "whole")
      continue;
    const next = parts[index + 1];
    if (next !== void 0 && negation.test(next))
      continue;
    return true;
  }
  return false;
}
var fillOnlyIf = /^fill(?:ed)?\s+only\s+if\b/i;
var noViolations = [
  /^(?:none|n\/a|nothing|not applicable)\b/i,
  /\bviolations?\s*[:：]\s*none\b/i,
  /\b(?:not\s+(?:applicable|needed|required)|intentionally\s+(?:empty|blank|left\s+empty))\b/i
];
var emptyCell = /^(?:|-+|—|–|n\/a|none|nil|tbd)$/i;
var placeholderCell = /^\[[^\]]*\]$/;
var translatedViolation = /违反|違反|违规|違規|偏离|偏離|例外|豁免|위반|예외/u;
var translatedNegation = /无|無|没有|沒有|不存在|未发现|未發現|未检测|不需要|无需|無需|不要|なし|無し|ありません|ませんでした|없음|없습니다|없다/u;
var negationWord = /\b(?:no|zero|0|without)\b/gi;
var violationWord = /\b(?:violations?|deviations?|exceptions?|justifications?\s+(?:needed|required))\b/gi;
var sentenceEnd = /[.!?。]/;
var maxNegationGap = 60;
function negatesViolations(text) {
  const negationEnds = [...text.matchAll(negationWord)].map((match) => match.index + match[0].length);
  if (negationEnds.length === 0)
    return false;
  let next = 0;
  let lastEnd = -1;
  for (const violation of text.matchAll(violationWord)) {
    while (next < negationEnds.length && negationEnds[next] <= violation.index)
      lastEnd = negationEnds[next++];
    if (lastEnd === -1 || violation.index - lastEnd > maxNegationGap)
      continue;
    if (!sentenceEnd.test(text.slice(lastEnd, violation.index)))
      return true;
  }
  return false;
}
function isNoViolationStatement(text) {
  if (negatesViolations(text) || noViolations.some((pattern) => pattern.test(text)))
    return true;
  return text.split(/[。．！？!?]/u).some((sentence) => translatedViolation.test(sentence) && translatedNegation.test(sentence));
}
function isJustified(model, section, instructions) {
  const normalized = instructions.map(normalizeHeading);
  const state = { rows: false, content: false, none: false };
  const classifyText = (text) => {
    const plain = plainText(text);
    if (!plain || /^[^\p{L}\p{N}]*$/u.test(plain))
      return;
    if (fillOnlyIf.test(plain))
      return;
    const normal = normalizeHeading(plain);
    if (normalized.some((instruction) => normal.startsWith(instruction)))
      return;
    if (isNoViolationStatement(plain)) {
      state.none = true;
      return;
    }
    if (plain.replace(/\[[^[\]]*\]/g, "").replace(/[^\p{L}\p{N}]/gu, "") === "")
      return;
    state.content = true;
  };
  const classifyRow = (cells) => {
    const plain = cells.map(plainText);
    const first = plain.find((cell) => !/^(?:|-+|—|–)$/.test(cell));
    if (first !== void 0 && isNoViolationStatement(first)) {
      state.none = true;
      return;
    }
    if (plain.every((cell) => emptyCell.test(cell) || placeholderCell.test(cell)))
      return;
    state.rows = true;
  };
  const visit2 = (node) => {
    switch (node.type) {
      case "blockquote":
        if (isNoViolationStatement(plainText(textOf(node))))
          state.none = true;
        return false;
      case "heading":
      case "html":
      case "thematicBreak":
      case "definition":
        return false;
      case "code":
        if (node.value.trim())
          state.content = true;
        return false;
      case "table":
        for (const row of node.children.slice(1))
          classifyRow(row.children.map((cell) => textOf(cell)));
        return false;
      case "paragraph": {
        const base = node.position?.start.offset;
        const source = model.sourceOf(node);
        if (base === void 0 || source === void 0) {
          classifyText(textOf(node));
          return false;
        }
        const lines = sourceLines(source, base);
        const prose = [];
        for (let index = 0; index < lines.length; index++) {
          const line = lines[index];
          if (!line.text.startsWith("|")) {
            prose.push(line.text);
            continue;
          }
          if (isSeparatorRow(line.text))
            continue;
          const next = lines[index + 1];
          if (next && isSeparatorRow(next.text))
            continue;
          classifyRow(splitCells(line).map((cell) => cell.text));
        }
        if (prose.length > 0)
          classifyText(prose.join(" "));
        return false;
      }
      default:
        return true;
    }
  };
  walk(model.tree.children.slice(section.index + 1, section.end), visit2);
  return state.rows || state.content && !state.none;
}
var taskBox = /^\[([ xX])\][ \t]+/;
function checklistItems(model, section) {
  const items = [];
  walk(model.tree.children.slice(section.index + 1, section.end), (node) => {
    if (node.type === "code" || node.type === "html")
      return false;
    if (node.type === "list") {
      for (const child of node.children) {
        const item = readItem(model, child, node);
        if (item)
          items.push(item);
      }
    }
    return true;
  });
  return items;
}
function readItem(model, item, list) {
  const first = item.children[0];
  if (first?.type !== "paragraph")
    return void 0;
  const checked = taskState(model, item);
  if (checked === void 0)
    return void 0;
  const text = plainText(textOf(first).replace(taskBox, "").split("\n")[0] ?? "");
  return { text, checked, list, range: firstLineOf(model, item)?.range };
}

// packages/rules/dist/plan-metadata/index.js
var planMetadata = defineRule({
  id: "plan-metadata",
  description: "Header fields the template requires (branch, date, spec link, feature id) are present and valid",
  options: templateRuleOptions,
  notes: [
    "Dates may be ISO (`2025-09-27`), written out (`January 29, 2026`, `5 December 2025`), numeric with slashes, or CJK (`2026\u5E742\u670817\u65E5`, `2025\uB144 5\uC6D4 5\uC77C`).",
    "A header branch is its first token, so `` `master` (dev branch) `` is valid; a placeholder value is left to `plan-no-placeholders`.",
    "The spec link (and a research-notes link) must resolve to a file inside the project root: the git root above the working folder, else the working folder. A link may be relative to the plan (`./spec.md`), to the project root (`specs/001-x/spec.md`, `/specs/001-x/spec.md`), or a `file://` URL; a target outside the root, also through a symlink, is reported and never opened.",
    "A value that is an id rather than a path (`**Spec:** SPEC-118`) is not resolved; the spec is then looked for by convention (`spec.md` beside `plan.md`, `FEAT-001-spec.md` beside `FEAT-001-plan.md`), and only when none is found is the spec reported missing, once.",
    "When a link is broken but a spec exists by convention, the traceability rules read that spec while this rule reports the link."
  ],
  messages: {
    missing: ({ field }) => `Missing metadata field \`${field}\`, expected it in the plan header`,
    empty: ({ field }) => `Unexpected empty metadata field \`${field}\`, expected a value`,
    invalidDate: ({ field, value }) => `Unexpected date \`${value}\` in \`${field}\`, expected a calendar date such as \`2025-01-31\``,
    invalidBranch: ({ field, value }) => `Unexpected branch \`${value}\` in \`${field}\`, expected a branch name such as \`001-feature-name\``,
    invalidLink: ({ field, value }) => `Unexpected value \`${value}\` in \`${field}\`, expected a link or path to the document, or its id`,
    linkOutsideRoot: ({ field, target }) => `Unexpected link \`${target}\` in \`${field}\` to a file outside the project root, expected a path inside the project (the file was not read)`,
    linkNotFound: ({ field, target }) => `Unexpected link \`${target}\` in \`${field}\` to a file that does not exist, expected a path relative to the plan or the project root`,
    linkNotAFile: ({ field, target }) => `Unexpected link \`${target}\` in \`${field}\` to something that is not a file, expected a Markdown file`,
    linkUnreadable: ({ field, target }) => `Unexpected link \`${target}\` in \`${field}\` to a file that cannot be read as text, expected a Markdown file`,
    specMissing: ({ looked }) => `Missing spec for this plan, expected a spec link in the header or ${looked} beside the plan`
  },
  check({ model, options: options3, report }) {
    const { template } = options3;
    if (template.metadata.length === 0)
      return;
    const placeholders = findPlaceholders(model, template);
    const anchor = headerAnchor(model);
    for (const spec of template.metadata) {
      const field = findField(model.metadata, spec);
      if (!field) {
        if (spec.required)
          report("missing", { field: spec.name }, anchor);
        continue;
      }
      const value = unwrap(field.value);
      if (value === "") {
        report("empty", { field: field.name }, field.label);
        continue;
      }
      const start = field.valueRange.start.offset;
      const end = field.valueRange.end.offset;
      if (placeholders.some((finding) => finding.start < end && finding.end > start))
        continue;
      if (spec.format === "date" && !isDate(value)) {
        report("invalidDate", { field: field.name, value: describeValue(value) }, field.valueRange);
      } else if (spec.format === "branch" && !isBranch(field.value, field.source === "frontmatter")) {
        report("invalidBranch", { field: field.name, value: describeValue(value) }, field.valueRange);
      } else if (spec.format === "link" && !isLink(field.value)) {
        report("invalidLink", { field: field.name, value: describeValue(value) }, field.valueRange);
      }
    }
    checkRelated(model, template, placeholders, anchor, report);
  }
});
var problemMessages = {
  "outside-root": "linkOutsideRoot",
  "not-found": "linkNotFound",
  "not-a-file": "linkNotAFile",
  unreadable: "linkUnreadable"
};
function checkRelated(model, template, placeholders, anchor, report) {
  const { spec } = template.traceability;
  const related = getRelatedDocuments(model, template);
  const isPlaceholder = (field2) => {
    const start = field2.valueRange.start.offset;
    const end = field2.valueRange.end.offset;
    return placeholders.some((finding) => finding.start < end && finding.end > start);
  };
  for (const problem of related.problems) {
    if (isPlaceholder(problem.field))
      continue;
    report(problemMessages[problem.reason], { field: problem.field.name, target: describeValue(problem.target) }, problem.place);
  }
  if (!spec || related.root === void 0 || related.spec)
    return;
  if (related.problems.some((problem) => problem.kind === "spec"))
    return;
  const field = related.fields.spec;
  if (field) {
    if (unwrap(field.value) === "" || isPlaceholder(field) || webLink.test(field.value))
      return;
    if (linkTargetOf(field.value).kind === "path")
      return;
  } else {
    const names = new Set(spec.fields.map((name) => name.toLowerCase()));
    const required = template.metadata.some((entry) => entry.required && [entry.name, ...entry.aliases ?? []].some((name) => names.has(name.toLowerCase())));
    if (required)
      return;
  }
  const stem = conventionStem(model.file.path ?? "");
  const looked = spec.conventions.filter((name) => stem !== "" || !name.includes("{name}")).map((name) => `\`${name.replaceAll("{name}", stem)}\``).join(" or ");
  report("specMissing", { looked: looked || "a spec" }, field ? field.valueRange : anchor);
}
function findField(fields, spec) {
  const names = new Set([spec.name, ...spec.aliases ?? []].map((name) => name.toLowerCase()));
  return fields.find((field) => names.has(field.key));
}
function headerAnchor(model) {
  const first = model.metadata.find((field) => field.source === "header");
  if (first)
    return first.label;
  return model.title?.heading ?? model.tree.children.find((node) => node.type !== "yaml") ?? model.tree;
}
var webLink = /(?<![a-z0-9+.-])[0-9+.-]*[a-z][a-z0-9+.-]*:\/\//i;
function unwrap(value) {
  return value.replace(/^\[([^\]]*)\]\([^)]*\)$/, "$1").replace(/^[`*_]+|(?<![`*_])[`*_]+$/g, "").trim();
}
var months = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
var isoDate = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
var cjkDate = /^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/;
var slashDate = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/;
var monthFirst = new RegExp(`^(?:${months})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, "i");
var dayFirst = new RegExp(`^\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${months})\\.?,?\\s+\\d{4}\\b`, "i");
function isDate(value) {
  const iso = isoDate.exec(value) ?? cjkDate.exec(value);
  if (iso)
    return isCalendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const slash = slashDate.exec(value);
  if (slash) {
    const [first, second, year] = [Number(slash[1]), Number(slash[2]), Number(slash[3])];
    return isCalendarDate(year, first, second) || isCalendarDate(year, second, first);
  }
  return monthFirst.test(value) || dayFirst.test(value);
}
function isCalendarDate(year, month, day) {
  if (month < 1 || month > 12 || day < 1)
    return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}
var branchName = /^[\p{L}\p{N}._/-]+$/u;
function isBranch(value, whole = false) {
  const trimmed = value.trim();
  const code = /^`([^`]+)`/.exec(trimmed);
  const name = code ? code[1] : whole ? trimmed : trimmed.split(/\s+/)[0];
  return branchName.test(name) && !name.startsWith("-");
}
var linkLike = /\]\(|[/\\]|\.md\b|^[a-z][a-z0-9+.-]*:\/\/|^#|\b[A-Z][A-Z0-9]*-\d+\b/iu;
function isLink(value) {
  return linkLike.test(value);
}

// packages/rules/dist/plan-no-empty-sections/index.js
var planNoEmptySections = defineRule({
  id: "plan-no-empty-sections",
  description: "A section holds more than its heading, comments or template instructions",
  options: templateRuleOptions,
  notes: [
    "HTML comments, thematic breaks, the template's own instruction lines and paragraphs or lists made only of placeholders are not content.",
    "A section whose content is its subsections is not empty; sections the template allows to be empty (spec-kit's Complexity Tracking: empty means no violations) are never reported.",
    "Sections the template marks `allOrNothing` (\"include this section if ...; delete it entirely otherwise\") are reported once, on their heading, when template placeholders are left anywhere in them: keep them filled or delete them. A placeholder inside a nested all-or-nothing subsection is that subsection's finding, not its parent's. Instruction comments left in a filled section do not count (`plan-no-placeholders` reports them)."
  ],
  fixable: true,
  messages: {
    empty: ({ section }) => `Unexpected empty section \`${section}\`, expected content under its heading`,
    onlyInstructions: ({ section }) => `Unexpected section \`${section}\` with only template instructions, expected the plan's own content`,
    incomplete: ({ section, count }) => `Unexpected template text in \`${section}\` (${count} ${count === 1 ? "placeholder" : "placeholders"}), expected the section filled or deleted entirely`
  },
  check({ model, options: options3, report }) {
    const match = matchTemplate(model, options3.template);
    const placeholders = findPlaceholders(model, options3.template);
    checkAllOrNothing(model, match.byPlanSection, placeholders, report);
    for (const section of model.sections) {
      if (section === model.title || section.children.length > 0)
        continue;
      const entry = match.byPlanSection.get(section);
      const templateSection = entry?.section;
      if (templateSection?.allowEmpty)
        continue;
      const instructions = (templateSection?.instructions ?? []).map(normalizeHeading);
      const verdict = contentOf(model, section, instructions, placeholders);
      if (verdict === "content")
        continue;
      const id = verdict === "empty" ? "empty" : "onlyInstructions";
      const range = entry?.requirement === "optional" ? sectionRange(model, section) : void 0;
      if (range) {
        report(id, { section: section.text }, range, {
          expected: [""],
          actual: model.source.slice(range.start.offset, range.end.offset)
        });
      } else {
        report(id, { section: section.text }, section.heading);
      }
    }
  }
});
function checkAllOrNothing(model, byPlanSection, placeholders, report) {
  const kept = [];
  for (const [section, entry] of byPlanSection) {
    if (!entry.section.allOrNothing)
      continue;
    const [start, end] = sectionOffsets(model, section);
    kept.push({ section, start, end });
  }
  if (kept.length === 0)
    return;
  const counts = /* @__PURE__ */ new Map();
  for (const finding of placeholders) {
    if (finding.comment)
      continue;
    let owner;
    for (const candidate of kept) {
      if (finding.start < candidate.start || finding.start >= candidate.end)
        continue;
      if (!owner || candidate.start >= owner.start)
        owner = candidate;
    }
    if (owner)
      counts.set(owner.section, (counts.get(owner.section) ?? 0) + 1);
  }
  for (const { section } of kept.sort((a, b) => a.start - b.start)) {
    const count = counts.get(section);
    if (count)
      report("incomplete", { section: section.text, count }, section.heading);
  }
}
function contentOf(model, section, instructions, placeholders) {
  let verdict = "empty";
  for (const node of sectionContent(model, section)) {
    const kind = classify(model, node, instructions, placeholders);
    if (kind === "content")
      return "content";
    if (kind === "instructions")
      verdict = "instructions";
  }
  return verdict;
}
function classify(model, node, instructions, placeholders) {
  if (node.type === "thematicBreak" || node.type === "definition")
    return "empty";
  if (node.type === "html")
    return /^\s*<!--[\s\S]*-->\s*$/.test(node.value) ? "empty" : "content";
  if (node.type === "list") {
    let verdict = "empty";
    for (const item of node.children) {
      for (const child of item.children) {
        const kind = classify(model, child, instructions, placeholders);
        if (kind === "content")
          return "content";
        if (kind === "instructions")
          verdict = "instructions";
      }
    }
    return verdict;
  }
  if (node.type !== "paragraph")
    return "content";
  const text = normalizedStart(textOf(node), instructions);
  if (text === "")
    return "empty";
  if (instructions.some((instruction) => text.startsWith(instruction)))
    return "instructions";
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === void 0 || end === void 0)
    return "content";
  let rest = "";
  let cursor = start;
  for (let index = firstEndingAfter(placeholders, start); index < placeholders.length; index++) {
    const finding = placeholders[index];
    if (finding.start >= end)
      break;
    if (finding.end <= start)
      continue;
    rest += model.source.slice(cursor, finding.start);
    cursor = finding.end;
  }
  if (cursor === start)
    return "content";
  rest += model.source.slice(cursor, end);
  return /[\p{L}\p{N}]/u.test(rest) ? "content" : "instructions";
}
function normalizedStart(text, instructions) {
  let longest = 0;
  for (const instruction of instructions)
    longest = Math.max(longest, instruction.length);
  const window = 4 * longest + 128;
  if (text.length <= window)
    return normalizeHeading(text);
  const head = normalizeHeading(text.slice(0, window));
  return head.length >= longest + 16 ? head : normalizeHeading(text);
}
function firstEndingAfter(findings, offset) {
  let low = 0;
  let high = findings.length;
  while (low < high) {
    const middle = low + high >>> 1;
    if (findings[middle].end <= offset)
      low = middle + 1;
    else
      high = middle;
  }
  return low;
}

// packages/rules/dist/plan-no-option-labels/index.js
var planNoOptionLabels = defineRule({
  id: "plan-no-option-labels",
  description: "Template option labels are removed (`# [REMOVE IF UNUSED] Option N: ...`); where a template offers options, exactly one is chosen",
  options: templateRuleOptions,
  notes: [
    "A label is fixable (removed) only when it is the single label in its block; with several options left, removing them would merge the trees and hide that a choice is still to be made.",
    "Only the template's own labels are reported: a research heading such as `### Option 1: Use Redis` or a shell comment `# Option 1: ...` is not a template label.",
    "Where the template lays out alternatives as headings (`### Option A: ...`) and marks one chosen (`\u2705 **(Chosen)**`), a plan keeps the options it weighed and marks exactly one: none marked and several marked are reported. A plan that kept a single option has made its choice and is not reported. Check marks from a file whose encoding broke (`\xE2\u0153\u2026`, UTF-8 read as Windows-1252) count as check marks.",
    "When the template asks for a rationale (`**Decision Rationale:**`), it must sit under the chosen option or after the options."
  ],
  fixable: true,
  messages: {
    label: ({ text }) => `Unexpected template option label \`${text}\`, expected it removed`,
    several: ({ count }) => `Unexpected ${count} template options left in one block, expected exactly one chosen`,
    noneChosen: ({ count }) => `Unexpected ${count} options with none marked chosen, expected exactly one marked (\`\u2705 **(Chosen)**\`)`,
    severalChosen: ({ option, first }) => `Unexpected second chosen option \`${option}\`, expected exactly one (\`${first}\` is marked chosen)`,
    noRationale: ({ option, rationale }) => `Missing \`${rationale}\` for chosen option \`${option}\`, expected why it was chosen`
  },
  check({ model, options: options3, report }) {
    checkChosenOption(model, options3.template, report);
    const patterns = options3.template.optionLabels.map((label) => templateRegExp(label.pattern, label.ignoreCase));
    if (patterns.length === 0)
      return;
    const test2 = (line) => patterns.some((pattern) => pattern.test(line));
    for (const block of model.codeBlocks) {
      const labels = labelLines(model, block, test2);
      const fix = labels.length === 1;
      for (const label of labels) {
        report("label", { text: describeValue(label.text) }, label.range, fix ? { expected: [""], actual: label.text } : { actual: label.text });
      }
      if (labels.length > 1)
        report("several", { count: labels.length }, block);
    }
    for (const section of model.sections) {
      const line = model.sourceOf(section.heading)?.split("\n")[0]?.trim();
      if (line === void 0 || !test2(line))
        continue;
      const actual = model.sourceOf(section.heading);
      report("label", { text: describeValue(line) }, section.heading, { expected: [""], actual });
    }
    for (const paragraph of model.paragraphs) {
      for (const label of labelLines(model, paragraph, test2)) {
        report("label", { text: describeValue(label.text) }, label.range, { expected: [""], actual: label.text });
      }
    }
  }
});
function checkChosenOption(model, template, report) {
  const spec = template.options;
  if (!spec)
    return;
  let scope;
  if (spec.section) {
    scope = matchTemplate(model, template).byId.get(spec.section)?.found;
    if (!scope)
      return;
  }
  const heading = templateRegExp(spec.heading, true);
  const chosenMark = templateRegExp(spec.chosen, true);
  const within = scope ? sectionOffsets(model, scope) : [0, model.source.length];
  const optionSections = model.sections.filter((section) => {
    if (section === scope || section === model.title)
      return false;
    const start2 = section.heading.position?.start.offset ?? -1;
    return start2 >= within[0] && start2 < within[1] && heading.test(section.text.trim());
  });
  const options3 = optionSections.filter((section) => !optionSections.some((other) => isAncestor(other, section)));
  if (options3.length < 2)
    return;
  const chosen = options3.filter((section) => {
    if (chosenMark.test(model.sourceOf(section.heading) ?? ""))
      return true;
    const first2 = model.tree.children[section.index + 1];
    if (first2?.type !== "paragraph")
      return false;
    const line = firstLine(model.sourceOf(first2) ?? "");
    return chosenMark.test(line) && chosenWord.test(line);
  });
  if (chosen.length === 0) {
    report("noneChosen", { count: options3.length }, options3[0].heading);
    return;
  }
  const first = chosen[0];
  for (const other of chosen.slice(1)) {
    report("severalChosen", { option: describeValue(other.text), first: describeValue(first.text) }, other.heading);
  }
  if (!spec.rationale || chosen.length > 1)
    return;
  const rationale = templateRegExp(spec.rationale.pattern, true);
  const [start, end] = sectionOffsets(model, first);
  if (rationale.test(model.source.slice(start, end)))
    return;
  const last = options3[options3.length - 1];
  const after = sectionOffsets(model, last)[1];
  if (after < within[1] && rationale.test(model.source.slice(after, within[1])))
    return;
  report("noRationale", { option: describeValue(first.text), rationale: spec.rationale.text }, first.heading);
}
var chosenWord = /\b(?:chosen|selected|decision)\b/i;
function isAncestor(ancestor, section) {
  for (let current = section.parent; current; current = current.parent)
    if (current === ancestor)
      return true;
  return false;
}
function firstLine(text) {
  const end = text.indexOf("\n");
  return end === -1 ? text : text.slice(0, end);
}
function labelLines(model, node, test2) {
  const found = [];
  const base = node.position?.start.offset;
  const source = model.sourceOf(node);
  if (base === void 0 || source === void 0)
    return found;
  let offset = 0;
  for (const line of source.split("\n")) {
    const trimmed = line.trim();
    if (trimmed && test2(trimmed)) {
      const start = base + offset + (line.length - line.trimStart().length);
      const end = base + offset + line.trimEnd().length;
      found.push({ text: trimmed, range: { start: model.toPoint(start), end: model.toPoint(end) } });
    }
    offset += line.length + 1;
  }
  return found;
}

// packages/rules/dist/plan-no-placeholders/index.js
var planNoPlaceholders = defineRule({
  id: "plan-no-placeholders",
  description: "No template placeholder text is left, in prose, tables, metadata, titles or code blocks",
  options: templateRuleOptions,
  notes: [
    "Only the shapes the preset's template declares are placeholders; ordinary bracket Markdown (links, reference links, footnotes, task boxes, images, escaped brackets, `list[0]`) never is.",
    "In code blocks, array literals of constants (`[POLL_INTERVAL_MS]`) and language tokens such as `__FILE__` or `__DEV__` are not template tokens.",
    "The older spec-kit template's Phase 0 and Phase 1 describe the command's own work (`Decision: [what was chosen]`, `update-agent-context.sh [claude|gemini|copilot]`); real plans keep that text verbatim, so it is not reported.",
    "`NEEDS CLARIFICATION` on its own is left to `plan-rqs-resolved`; inside a template example (`[e.g., ... or NEEDS CLARIFICATION]`) the whole example is reported here."
  ],
  fixable: true,
  messages: {
    placeholder: ({ text, kind }) => `Unexpected ${kind} \`${text}\`, expected the plan's own content`,
    comment: ({ text }) => `Unexpected template instruction comment \`${text}\`, expected it removed`
  },
  check({ model, options: options3, report }) {
    for (const finding of findPlaceholders(model, options3.template)) {
      const place = { start: model.toPoint(finding.start), end: model.toPoint(finding.end) };
      if (finding.comment) {
        const text = describeValue(finding.text.replace(/^\s*<!--|-->\s*$/g, ""));
        report("comment", { text }, place, { expected: [""], actual: finding.text });
      } else {
        report("placeholder", { text: describeValue(finding.text), kind: finding.kind }, place, { actual: finding.text });
      }
    }
  }
});

// packages/rules/dist/plan-required-sections/index.js
var planRequiredSections = defineRule({
  id: "plan-required-sections",
  description: "Every required section of the template is present at the right level; conditional sections follow their condition",
  options: templateRuleOptions,
  notes: [
    "Headings match case-insensitively, ignoring numbering, emoji and status marks, a qualifier after a dash, `&` or colon (`Project Structure \u2014 New Files`), and a translation with the English name in parentheses.",
    "Extra sections are always allowed. A document that shares no required section with the template gets one message, not one per section.",
    "Optional sections nested under a plan's own headings (`### Phase 1: ...` under `## Implementation Phases`) are not taken for misplaced template sections."
  ],
  fixable: true,
  messages: {
    missing: ({ section, after }) => after === void 0 ? `Missing required section \`${section}\`, expected at the start of the plan` : `Missing required section \`${section}\`, expected after \`${after}\``,
    missingConditional: ({ section, after, condition }) => `Missing section \`${section}\` (required because \`${condition}\` is present), expected ${after === void 0 ? "at the start of the plan" : `after \`${after}\``}`,
    wrongLevel: ({ section, actual, expected }) => `Unexpected level ${actual} for section \`${section}\`, expected level ${expected}`,
    missingTitle: () => "Missing title, expected a level-1 heading at the start of the plan",
    noTemplateSections: ({ template, sections }) => `Missing every required section of the ${template} template, expected ${sections}`
  },
  check({ model, options: options3, report }) {
    const { template } = options3;
    const match = matchTemplate(model, template);
    if (template.title && !model.title) {
      const first = model.tree.children.find((node) => node.type !== "yaml");
      report("missingTitle", void 0, first ?? model.tree);
    }
    const required = match.sections.filter((entry) => !entry.parent && entry.requirement === "required");
    if (required.length > 1 && required.every((entry) => !entry.found)) {
      report("noTemplateSections", { template: template.name, sections: required.map((entry) => `\`${entry.section.text}\``).join(", ") }, model.title?.heading ?? startOf(model));
      return;
    }
    for (const entry of match.sections) {
      if (entry.found) {
        if (entry.found.depth !== entry.section.level) {
          const heading = entry.found.heading;
          const source = model.sourceOf(heading);
          const fix = source?.startsWith("#") ? [`${"#".repeat(entry.section.level)} ${source.replace(/^#+[ \t]*/, "")}`] : void 0;
          report("wrongLevel", { section: entry.found.text, actual: entry.found.depth, expected: entry.section.level }, heading, fix ? { expected: fix, actual: source } : {});
        }
        continue;
      }
      if (!isRequired(entry, match))
        continue;
      const anchor = anchorFor(model, entry, match.sections);
      const section = entry.section.text;
      if (entry.requirement === "conditional") {
        const condition = match.byId.get(entry.section.when?.present ?? "");
        report("missingConditional", { section, after: anchor?.text, condition: condition?.found?.text ?? condition?.section.text ?? "" }, anchor?.heading ?? startOf(model));
      } else {
        report("missing", { section, after: anchor?.text }, anchor?.heading ?? startOf(model));
      }
    }
  }
});
function anchorFor(model, entry, all) {
  for (let index = entry.order - 1; index >= 0; index--) {
    const candidate = all[index];
    if (candidate.parent === entry.parent && candidate.found)
      return candidate.found;
    if (entry.parent && candidate === entry.parent)
      return candidate.found;
  }
  return model.title;
}
function startOf(model) {
  const first = model.tree.children.find((node) => node.type !== "yaml");
  return first ?? model.tree;
}

// packages/rules/dist/plan-rqs-resolved/index.js
var messages = {
  marker: ({ question }) => question ? `Unexpected unresolved \`NEEDS CLARIFICATION\` (${question}), expected the question answered and the marker removed` : "Unexpected unresolved `NEEDS CLARIFICATION`, expected the question answered and the marker removed",
  unansweredQuestion: ({ id, spec }) => `Unexpected unanswered research question \`${id}\` from \`${spec}\`, expected an answer in the plan\u2019s research section or the research notes`,
  openQuestion: ({ question }) => `Unexpected open question \`${question}\`, expected it answered or checked off`
};
var planRqsResolved = defineRule({
  id: "plan-rqs-resolved",
  description: "No `NEEDS CLARIFICATION` is left outside quoted template boilerplate; every research question (RQ1..RQn) and open question is resolved",
  options: templateRuleOptions,
  notes: [
    "A marker is `[NEEDS CLARIFICATION]`, `[NEEDS CLARIFICATION: question]`, `NEEDS CLARIFICATION: question`, or a field whose value is `NEEDS CLARIFICATION`. Sentences that talk about markers are not markers: `All NEEDS CLARIFICATION resolved`, `For each NEEDS CLARIFICATION \u2192 research task`, `Resolve all NEEDS CLARIFICATION items`, `If NEEDS CLARIFICATION remain`.",
    "Markers in code (inline or fenced), HTML comments and sections the template marks as boilerplate (spec-kit\u2019s Execution Flow) are quoted template text and are skipped.",
    "A marker inside a template example (`[e.g., Python 3.11 or NEEDS CLARIFICATION]`) is reported once, by `plan-no-placeholders`.",
    "Research questions come from the spec: every `RQn` the spec defines must be mentioned in the plan\u2019s research section or anywhere in the research notes. An `RQn` heading in the research section with nothing under it does not answer it; the message then sits on that heading (and `plan-no-empty-sections` reports the empty heading).",
    "With a template whose open questions are a register (speckitadv: each with Owner, Deadline, Impact), a question with a named owner is tracked and not reported; one whose owner is still the template slot is.",
    "Open questions are the list items of a section headed `Open Questions` (or `Unresolved` / `Outstanding Questions`): an item is resolved when it is checked (`[x]`), struck through, or answered after its question mark or on a line of its own (`Answer:`, `A:`, `Resolved:`, `Decision:`, `\u2192`, `\u2705`). `Pending decision: which region?` is still open. Questions kept in a table are not read."
  ],
  messages,
  check({ model, options: options3, report }) {
    const { template } = options3;
    const placeholders = findPlaceholders(model, template);
    const match = matchTemplate(model, template);
    const boilerplate = [];
    for (const entry of match.sections) {
      if (entry.section.boilerplate && entry.found)
        boilerplate.push(sectionOffsets(model, entry.found));
    }
    const quoted = [...boilerplate, ...codeRanges(model)];
    for (const finding of placeholders)
      quoted.push([finding.start, finding.end]);
    for (const marker2 of findMarkers(model.source, quoted)) {
      report("marker", { question: marker2.question ? describeValue(marker2.question) : "" }, { start: model.toPoint(marker2.start), end: model.toPoint(marker2.end) });
    }
    checkResearchQuestions(model, template, report);
    if (!template.traceability.openQuestions)
      return;
    for (const section of model.sections) {
      if (!openQuestionsHeading.test(section.text.trim()))
        continue;
      for (const item of listItemsOf(model, section)) {
        const text = model.sourceOf(item) ?? "";
        if (isResolved(model, item, text))
          continue;
        if (template.traceability.openQuestions === "tracked" && hasOwner(text))
          continue;
        const firstLine3 = firstLineOf(model, item);
        if (!firstLine3)
          continue;
        const question = questionText(firstLine3.text);
        if (question === "" || question === "-")
          continue;
        report("openQuestion", { question: describeValue(question) }, firstLine3.range);
      }
    }
  }
});
var marker = "NEEDS CLARIFICATION";
var mentionBefore = /(?:^|[\s(])(?:all|any|no|each|every|remaining|outstanding|unresolved|resolved?|resolves|resolving|scan(?:ned)?\s+for|for|none|zero|without|marks?|marked|these|those)\s*["'“‘]?\[?$/iu;
var mentionAfter = /^\]?["'”’]?\s*(?:items?|markers?|entries|tags?|resolved|remain(?:s|ing)?|left|blocking|count|→|->)(?![\p{L}])/iu;
var around = 200;
var longestQuestion = 1e3;
var cutMark = "\0";
function findMarkers(source, quoted) {
  const found = [];
  const ranges = [...quoted].sort((a, b) => a[0] - b[0]);
  let nextRange = 0;
  let quotedUntil = -1;
  let lineEnd = -1;
  let close = -2;
  let from = 0;
  for (; ; ) {
    const index = source.indexOf(marker, from);
    if (index === -1)
      break;
    from = index + marker.length;
    while (nextRange < ranges.length && ranges[nextRange][0] <= index) {
      quotedUntil = Math.max(quotedUntil, ranges[nextRange][1]);
      nextRange++;
    }
    if (index < quotedUntil)
      continue;
    if (index >= lineEnd) {
      lineEnd = source.indexOf("\n", index);
      if (lineEnd === -1)
        lineEnd = source.length;
    }
    if (/^[\p{L}\p{N}]/u.test(source.slice(from, from + 1)))
      continue;
    const window = source.slice(Math.max(0, index - around), index);
    const lineStartInWindow = window.lastIndexOf("\n");
    const lineBefore = lineStartInWindow !== -1 ? window.slice(lineStartInWindow + 1) : index > around ? cutMark + window : window;
    const before = lineBefore.replace(/(?<![*_])[*_]+$/, "");
    const after = source.slice(from, Math.min(lineEnd, from + around));
    const bracket = before.endsWith("[");
    const asks = /^[*_]*\s*[:：]/u.test(after);
    if (!asks) {
      const mention = bracket ? mentionBefore.test(before) && mentionAfter.test(after) : mentionBefore.test(before) || mentionAfter.test(after.replace(/^[*_]+/, ""));
      if (mention)
        continue;
    }
    let start = index;
    let end = from;
    let question = "";
    if (bracket) {
      if (close !== -1 && close < from)
        close = source.indexOf("]", from);
      if (close !== -1 && close < lineEnd) {
        start = index - 1;
        end = close + 1;
        question = source.slice(from, Math.min(close, from + longestQuestion)).replace(/^\s*[:：]\s*/, "").trim();
      }
    } else {
      const colon = /^[*_]*\s*[:：][*_]*(?![*_])\s*/u.exec(after);
      if (colon) {
        end = lineEnd;
        while (end > from && /\s/.test(source[end - 1]))
          end--;
        const questionStart = from + colon[0].length;
        question = source.slice(questionStart, Math.max(questionStart, Math.min(end, questionStart + longestQuestion))).trim();
      }
    }
    found.push({ start, end, question });
  }
  return found;
}
function codeRanges(model) {
  const ranges = [];
  const push = (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== void 0 && end !== void 0)
      ranges.push([start, end]);
  };
  for (const node of model.codeBlocks)
    push(node);
  for (const node of model.htmlNodes)
    push(node);
  const stack = [...model.paragraphs];
  for (const section of model.sections)
    stack.push(section.heading);
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.type === "inlineCode")
      push(node);
    if (node.children)
      for (const child of node.children)
        stack.push(child);
  }
  return ranges;
}
function checkResearchQuestions(model, template, report) {
  const questions = template.traceability.researchQuestions;
  if (!questions)
    return;
  const family = template.identifiers.find((entry) => entry.id === questions.family);
  if (!family)
    return;
  const related = getRelatedDocuments(model, template);
  const match = matchTemplate(model, template);
  const researchSections = questions.sections.map((id) => match.byId.get(id)?.found).filter((section) => section !== void 0);
  const researchRanges = researchSections.map((section) => sectionOffsets(model, section));
  const inResearch = (offset) => researchRanges.some(([start, end]) => offset >= start && offset < end);
  const planOccurrences = findIdentifiers(model, [family]);
  const headings = /* @__PURE__ */ new Map();
  const bare = [];
  for (const section of model.sections) {
    const start = section.heading.position?.start.offset ?? -1;
    const end = section.heading.position?.end.offset ?? -1;
    if (researchSections.includes(section) || !inResearch(start))
      continue;
    const occurrence = planOccurrences.find((entry) => entry.start >= start && entry.end <= end);
    if (!occurrence)
      continue;
    if (!headings.has(occurrence.key))
      headings.set(occurrence.key, section);
    if (section.children.length === 0 && isBare(model, section))
      bare.push([start, end]);
  }
  const answered = /* @__PURE__ */ new Set();
  const answer = (occurrence) => {
    answered.add(occurrence.key);
    for (const key of occurrence.through)
      answered.add(key);
  };
  for (const occurrence of planOccurrences) {
    if (!inResearch(occurrence.start))
      continue;
    if (bare.some(([start, end]) => occurrence.start >= start && occurrence.end <= end))
      continue;
    answer(occurrence);
  }
  if (related.research) {
    for (const occurrence of findIdentifiers(related.research.model, [family]))
      answer(occurrence);
  }
  const spec = related.spec;
  if (!spec)
    return;
  const anchor = researchSections[0]?.heading ?? model.title?.heading ?? model.tree;
  const seen = /* @__PURE__ */ new Set();
  const raised = findIdentifiers(spec.model, [family]);
  const definitions = raised.filter((occurrence) => occurrence.definition);
  for (const occurrence of definitions.length > 0 ? definitions : raised) {
    if (seen.has(occurrence.key))
      continue;
    seen.add(occurrence.key);
    if (answered.has(occurrence.key))
      continue;
    const place = { start: spec.model.toPoint(occurrence.start), end: spec.model.toPoint(occurrence.end) };
    const where = headings.get(occurrence.key)?.heading ?? anchor;
    report("unansweredQuestion", { id: occurrence.text, spec: spec.relative }, where, {
      cause: { message: `\`${occurrence.text}\` is raised here in \`${spec.relative}\``, place }
    });
  }
}
function isBare(model, section) {
  return model.tree.children.slice(section.index + 1, section.contentEnd).every((node) => node.type === "thematicBreak" || node.type === "html" && node.value.trimStart().startsWith("<!--"));
}
var openQuestionsHeading = /^(?:[\p{N}.\s]*)?(?:open|unresolved|outstanding|remaining|pending)\s+(?:research\s+)?questions?\b/iu;
function listItemsOf(model, section) {
  const items = [];
  const nodes = model.tree.children.slice(section.index + 1, section.contentEnd);
  for (const node of nodes) {
    if (node.type === "list")
      for (const item of node.children)
        items.push(item);
  }
  return items;
}
var answerLabel = /(?:^|[\s(])(?:\*\*|__)?(?:answer(?:ed)?|resolved|resolution|decision|decided|outcome)(?:\*\*|__)?\s*[:：]|(?:^|\s)(?:\*\*)?A(?:\*\*)?\s*[:：]/iu;
var answerMark = /→|⇒|->|✅|✔|☑|â†’|â‡’|âœ…|âœ”/u;
function isResolved(model, item, text) {
  const box = taskState(model, item);
  if (box !== void 0)
    return box;
  const body = text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "");
  if (/~~[^~]+~~/.test(body))
    return true;
  const mark = body.indexOf("?");
  const rest = mark === -1 ? body : body.slice(mark + 1);
  return answerLabel.test(rest) || answerMark.test(rest);
}
var ownerField = /(?:^|\n)(?:(?!\n)[\s>*+-])*(?:\*\*|__)?owner(?:\*\*|__)?\s*[:：](?:\*\*|__)?[ \t]*([^\n]*)/iu;
function hasOwner(text) {
  const value = ownerField.exec(text)?.[1]?.trim() ?? "";
  return value !== "" && !/^\[[^\]]*\]$/.test(value) && !/^(?:tbd|todo|-|n\/a)$/i.test(value);
}
function questionText(line) {
  return line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "").replace(/^\[ \]\s*/, "").replace(/[*_]/g, "").trim();
}

// packages/rules/dist/plan-section-order/index.js
var planSectionOrder = defineRule({
  id: "plan-section-order",
  description: "Sections appear in template order; every deviation is reported, not only the first",
  options: templateRuleOptions,
  notes: [
    "Only siblings are compared, and the smallest set of moved sections is reported (longest increasing subsequence), so one moved section gives one message.",
    "Sections the template marks `ordered: false` are never reported: spec-kit's Phase sections sit before Complexity Tracking in the older template and after it in plans written by newer `/plan` commands.",
    "In templates with numbered sections (`## 3. PROJECT STRUCTURE`), the Nth numbered heading at that level must carry N; each heading that does not is reported with the number it should carry, so applying every fix renumbers the plan in one pass (a deleted section is reported on each heading after it). Headings without a number (`## L2: PHASE DEPENDENCIES`) are not counted."
  ],
  fixable: true,
  messages: {
    outOfOrder: ({ section, after }) => `Unexpected position of section \`${section}\`, expected after \`${after}\``,
    outOfOrderFirst: ({ section, before }) => `Unexpected position of section \`${section}\`, expected before \`${before}\``,
    numbering: ({ section, actual, expected }) => `Unexpected section number \`${actual}\` in \`${section}\`, expected \`${expected}\``
  },
  check({ model, options: options3, report }) {
    const match = matchTemplate(model, options3.template);
    const groups = /* @__PURE__ */ new Map();
    for (const entry of match.sections) {
      if (!entry.found || entry.section.ordered === false)
        continue;
      let group = groups.get(entry.parent);
      if (!group) {
        group = [];
        groups.set(entry.parent, group);
      }
      group.push({ entry, found: entry.found });
    }
    for (const group of groups.values()) {
      group.sort((a, b) => a.found.index - b.found.index);
      const keep = longestIncreasing(group.map((item) => item.entry.order));
      const inOrder = group.filter((_, index) => keep.has(index));
      group.forEach((item, index) => {
        if (keep.has(index))
          return;
        const predecessor = [...inOrder].reverse().find((other) => other.entry.order < item.entry.order);
        if (predecessor) {
          report("outOfOrder", { section: item.found.text, after: predecessor.found.text }, item.found.heading);
        } else {
          const successor = inOrder.find((other) => other.entry.order > item.entry.order);
          report("outOfOrderFirst", { section: item.found.text, before: successor.found.text }, item.found.heading);
        }
      });
    }
    const numbering = options3.template.numbering;
    if (numbering) {
      let expected = 0;
      for (const section of model.sections) {
        if (section.depth !== numbering.level || section === model.title)
          continue;
        const number = leadingNumber.exec(section.text);
        if (!number)
          continue;
        expected += 1;
        const actual = Number(number[1]);
        if (actual === expected)
          continue;
        const source = model.sourceOf(section.heading) ?? "";
        const atx = atxNumber.exec(source);
        const start = section.heading.position?.start.offset;
        if (atx && start !== void 0) {
          const from = start + atx[1].length;
          const range = { start: model.toPoint(from), end: model.toPoint(from + atx[2].length) };
          report("numbering", { section: section.text, actual: number[1], expected }, range, {
            expected: [String(expected)],
            actual: atx[2]
          });
        } else {
          report("numbering", { section: section.text, actual: number[1], expected }, section.heading);
        }
      }
    }
  }
});
var leadingNumber = /^\s*(\d{1,4})[.)](?:\s|$)/;
var atxNumber = /^(#{1,6}[ \t]+(?:[*_]{1,2})?)(\d{1,4})(?=[.)])/;
function longestIncreasing(values) {
  const tails = [];
  const previous = new Array(values.length).fill(-1);
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = low + high >> 1;
      if (values[tails[middle]] < value)
        low = middle + 1;
      else
        high = middle;
    }
    if (low > 0)
      previous[index] = tails[low - 1];
    tails[low] = index;
  }
  const keep = /* @__PURE__ */ new Set();
  let cursor = tails.length > 0 ? tails[tails.length - 1] : -1;
  while (cursor !== -1) {
    keep.add(cursor);
    cursor = previous[cursor];
  }
  return keep;
}

// packages/rules/dist/plan-td1-first/index.js
var leadingDecision = /^\s*(?:technical\s+)?decision\s+#?(\d+)(?!\d)/iu;
var leadingNumber2 = /^\s*(\d+)[.)](?=\s|$)/u;
var digits = /\d+/u;
var planTd1First = defineRule({
  id: "plan-td1-first",
  description: "Technical decisions are numbered from TD1 without gaps or duplicates, and TD1 is the file-organization decision",
  options: templateRuleOptions,
  notes: [
    "A decision is a heading anywhere inside the decisions section whose text carries a number: the template's decision identifier anywhere in it (`TD1: ...`, `TD-1 \u2014 ...`, `... (\xA7TD1)`), or a leading `Decision 1` or `1.`. When a heading has both, the identifier wins; when it has several identifiers, the first one is its number.",
    "Headings without a number (`### Context`, `#### Rationale`) are ignored. A heading nested under a decision (`#### Options` under `### Decision 2`) is a decision only when it carries the identifier itself (`#### TD3: Caching`), so a numbered list of options under a decision is not taken for decisions.",
    "Numbers run 1, 2, 3, ... in document order. A number that breaks the run (skipped, or lower than one already used) is reported once, as a `gap`, with the number expected at that point; later decisions are compared with the highest number seen, so one gap gives one message.",
    "The file-organization decision is recognised by its heading only, with the template's pattern, case-insensitively (for spec-plan: `File Organization`, `File organisation and module layout`, `File layout`, `File structure`).",
    "When the file-organization decision exists under another number, only that heading is reported (`fileOrganizationLater`, pointing back at TD1): the fix is one renumbering, so TD1 is not reported a second time. When the first decision is the file-organization one but misnumbered, `notFirst` says it all.",
    "The rule is silent when the template defines no decisions, when the plan has no decisions section (`plan-required-sections` reports that) and when the section is empty (`plan-no-empty-sections` reports that).",
    "No fix is offered: renumbering a decision changes what every `per Plan \xA7TDn` citation in the tasks points at, so only the author can renumber.",
    'The spec-plan Quality Check "Technical decisions have clear rationale" stays with reviewers: the rule checks the numbering and the subject of TD1, not whether the Context, Decision and Rationale of each decision hold up.'
  ],
  messages: {
    noDecisions: ({ section, decision, first }) => `Unexpected section \`${section}\` without numbered decisions, expected \`${decision}\` to be the \`${first}\` decision`,
    notFirst: ({ decision, expected }) => `Unexpected first decision \`${decision}\`, expected the decisions to start at \`${expected}\``,
    firstNotFileOrganization: ({ heading, decision, first }) => `Unexpected first decision \`${heading}\`, expected ${decision} to be the \`${first}\` decision`,
    fileOrganizationLater: ({ first, decision, expected }) => `Unexpected \`${first}\` decision numbered \`${decision}\`, expected it to be \`${expected}\``,
    duplicate: ({ decision }) => `Unexpected repeated decision number \`${decision}\`, expected each decision number to be used once`,
    gap: ({ decision, previous, expected }) => `Unexpected \`${decision}\` after \`${previous}\`, expected \`${expected}\``
  },
  check({ model, options: options3, report }) {
    const { template } = options3;
    const config = template.traceability.decisions;
    if (!config)
      return;
    const container = matchTemplate(model, template).byId.get(config.section)?.found;
    if (!container || isEmpty(model, container))
      return;
    const family = template.identifiers.find((entry) => entry.id === config.family);
    if (!family)
      return;
    const identifier = templateRegExp(family.pattern, family.ignoreCase);
    const label = (number) => `${family.id}${number}`;
    const one = label(1);
    const decisions = collectDecisions(container, identifier, label);
    if (decisions.length === 0) {
      report("noDecisions", { section: container.text, decision: one, first: config.first.text }, container.heading);
      return;
    }
    const first = decisions[0];
    if (first.number !== 1)
      report("notFirst", { decision: first.label, expected: one }, first.section.heading);
    const seen = /* @__PURE__ */ new Map([[first.number, first]]);
    let highest = first.number;
    for (let index = 1; index < decisions.length; index++) {
      const decision = decisions[index];
      const earlier = seen.get(decision.number);
      if (earlier) {
        report("duplicate", { decision: decision.label }, decision.section.heading, {
          cause: { message: "first used here", place: earlier.section.heading }
        });
        continue;
      }
      seen.set(decision.number, decision);
      if (decision.number !== highest + 1) {
        const previous = decisions[index - 1];
        report("gap", { decision: decision.label, previous: previous.label, expected: label(highest + 1) }, decision.section.heading);
      }
      if (decision.number > highest)
        highest = decision.number;
    }
    const fileOrganization = templateRegExp(config.first.pattern, true);
    const isFileOrganization = (decision) => fileOrganization.test(decision.section.text);
    const ones = decisions.filter((decision) => decision.number === 1);
    if (ones.some(isFileOrganization))
      return;
    const later = decisions.find(isFileOrganization);
    if (later) {
      if (later === first)
        return;
      const target2 = ones[0];
      report("fileOrganizationLater", { first: config.first.text, decision: later.label, expected: one }, later.section.heading, target2 ? { cause: { message: `\`${one}\` is here`, place: target2.section.heading } } : void 0);
      return;
    }
    const target = ones[0] ?? first;
    report("firstNotFileOrganization", { heading: target.section.text, decision: one, first: config.first.text }, target.section.heading);
  }
});
function isEmpty(model, section) {
  for (let index = section.index + 1; index < section.end; index++) {
    const node = model.tree.children[index];
    if (node && !(node.type === "html" && node.value.trimStart().startsWith("<!--")))
      return false;
  }
  return true;
}
function collectDecisions(container, identifier, label) {
  const decisions = [];
  const stack = [];
  const push = (parent, inDecision) => {
    for (let index = parent.children.length - 1; index >= 0; index--) {
      stack.push({ section: parent.children[index], inDecision });
    }
  };
  push(container, false);
  while (stack.length > 0) {
    const { section, inDecision } = stack.pop();
    const number = decisionNumber(section.text, identifier, inDecision);
    if (number !== void 0)
      decisions.push({ section, number, label: label(number) });
    push(section, inDecision || number !== void 0);
  }
  return decisions;
}
function decisionNumber(text, identifier, identifierOnly) {
  const match = identifier.exec(text);
  if (match) {
    for (let index = 1; index < match.length; index++) {
      const group = match[index];
      if (group !== void 0 && /^\d+$/.test(group))
        return Number(group);
    }
    const fallback = digits.exec(match[0]);
    if (fallback)
      return Number(fallback[0]);
  }
  if (identifierOnly)
    return void 0;
  const lead = leadingDecision.exec(text) ?? leadingNumber2.exec(text);
  return lead ? Number(lead[1]) : void 0;
}

// packages/rules/dist/plan-success-criteria-traced/index.js
var options2 = strictObject({
  template: templateOptionSchema,
  families: array(string().min(1)).optional().describe('Identifier families whose citations must exist in the spec (default: the template\u2019s, e.g. `["FR", "SC", "US"]`)'),
  coverage: array(string().min(1)).optional().describe("Families whose every spec definition must be cited in the success criteria (default: the template\u2019s; `[]` turns coverage off)"),
  citationsRequiredIn: string().optional().describe('Regular expression: items of the success-criteria sections under a matching group label must cite an identifier (`""`: every item; default: the template\u2019s)')
});
var planSuccessCriteriaTraced = defineRule({
  id: "plan-success-criteria-traced",
  description: "Success criteria cite the spec\u2019s acceptance criteria (AC1..ACn or the style\u2019s family: FR-###, SC-###, ...), every cited id exists in the spec, every acceptance criterion is covered",
  options: options2,
  notes: [
    "Dangling citations and coverage need the spec: found from the plan\u2019s spec link or by convention (see `plan-metadata`). Without a spec those checks are silent (the missing spec is reported once, by `plan-metadata`); criteria that cite nothing are still reported.",
    "Citations in code count: a project-structure tree whose comments name `US1` cites it, so a dangling id there is reported too.",
    "A group label is a heading or a short paragraph ending with a colon (`**Functional** (from spec):`); a prose paragraph between the label and its list does not end the group.",
    "An identifier exists in the spec when it appears anywhere in it outside HTML comments; spellings compare by family and number, so `US1`, `US-01` and `User Story 1` are one identifier, and `FR-7` is `FR-007`.",
    "Ranges count: `AC1-AC4`, `AC1\u2013AC4` and `FR-001 to FR-004` cite every identifier between their ends (for coverage); only the two ends must exist in the spec.",
    "Coverage counts the identifiers the spec defines (where a list item, heading, table row or paragraph starts with one), not those it merely mentions.",
    "Which items must cite an identifier is the preset\u2019s choice: spec-plan requires it under a `**Functional** (from spec)` group, not under Technical or Quality criteria. spec-kit requires no citations and no coverage, since most real spec-kit plans cite no identifiers; a dangling citation is always reported.",
    "Whether a criterion is measurable, and whether it really follows from the acceptance criterion it cites, stays with reviewers."
  ],
  messages: {
    undefinedId: ({ id, spec }) => `Unexpected \`${id}\`, which \`${spec}\` does not define, expected an identifier from the spec`,
    uncited: ({ criterion, families }) => `Unexpected success criterion \`${criterion}\` that cites nothing from the spec, expected a citation of ${families}`,
    uncovered: ({ id, spec }) => `Missing success criterion for \`${id}\` of \`${spec}\`, expected a criterion that cites it`
  },
  check({ model, options: options3, report }) {
    const { template } = options3;
    const config = template.traceability.successCriteria;
    if (!config)
      return;
    const familyIds = options3.families ?? config.families;
    const coverageIds = options3.coverage ?? config.coverage;
    const citationPattern = options3.citationsRequiredIn ?? config.citationsRequiredIn;
    const families = template.identifiers.filter((family) => familyIds.includes(family.id) || coverageIds.includes(family.id));
    if (families.length === 0)
      return;
    const related = getRelatedDocuments(model, template);
    const spec = related.spec;
    const match = matchTemplate(model, template);
    const sections = config.sections.map((id) => match.byId.get(id)?.found).filter((section) => section !== void 0);
    const ranges = sections.map((section) => sectionOffsets(model, section));
    const inCriteria = (offset) => config.sections.length === 0 || ranges.some(([start, end]) => offset >= start && offset < end);
    const cited = findIdentifiers(model, families);
    if (citationPattern !== void 0) {
      const required = citationPattern === "" ? void 0 : templateRegExp(citationPattern, true);
      const traced = families.filter((family) => familyIds.includes(family.id));
      const example = traced.map((family) => `\`${family.id}\``).join(" or ") + " identifiers";
      for (const section of sections) {
        for (const item of criteriaItems(model, section, required)) {
          const start = item.position?.start.offset ?? 0;
          const end = item.position?.end.offset ?? 0;
          if (citesWithin(cited, start, end))
            continue;
          const line = firstLine2(model, item);
          if (line)
            report("uncited", { criterion: describeValue(line.text), families: example }, line.range);
        }
      }
    }
    if (!spec)
      return;
    const defined = findIdentifiers(spec.model, families);
    const known = new Set(defined.map((occurrence) => occurrence.key));
    for (const occurrence of cited) {
      if (!familyIds.includes(occurrence.family) || known.has(occurrence.key))
        continue;
      report("undefinedId", { id: occurrence.text, spec: spec.relative }, { start: model.toPoint(occurrence.start), end: model.toPoint(occurrence.end) });
    }
    if (coverageIds.length === 0)
      return;
    const covered = /* @__PURE__ */ new Set();
    for (const occurrence of cited) {
      if (!inCriteria(occurrence.start))
        continue;
      covered.add(occurrence.key);
      for (const key of occurrence.through)
        covered.add(key);
    }
    const anchor = sections[0]?.heading ?? model.title?.heading ?? model.tree;
    const seen = /* @__PURE__ */ new Set();
    for (const occurrence of defined) {
      if (!occurrence.definition || !coverageIds.includes(occurrence.family))
        continue;
      if (seen.has(occurrence.key) || covered.has(occurrence.key))
        continue;
      seen.add(occurrence.key);
      report("uncovered", { id: occurrence.text, spec: spec.relative }, anchor, {
        cause: { message: `\`${occurrence.text}\` is defined here in \`${spec.relative}\``, place: placeIn(spec.model, occurrence) }
      });
    }
  }
});
function citesWithin(occurrences, start, end) {
  let low = 0;
  let high = occurrences.length;
  while (low < high) {
    const middle = low + high >>> 1;
    if (occurrences[middle].start < start)
      low = middle + 1;
    else
      high = middle;
  }
  for (let index = low; index < occurrences.length; index++) {
    const occurrence = occurrences[index];
    if (occurrence.start >= end)
      return false;
    if (occurrence.end <= end)
      return true;
  }
  return false;
}
function placeIn(model, occurrence) {
  return { start: model.toPoint(occurrence.start), end: model.toPoint(occurrence.end) };
}
function firstLine2(model, item) {
  const line = firstLineOf(model, item);
  if (!line)
    return void 0;
  const text = line.text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "").replace(/^\[[ xX]\]\s*/, "").trim();
  return { text, range: line.range };
}
function criteriaItems(model, section, required) {
  const items = [];
  let label = section.text;
  const nodes = model.tree.children.slice(section.index + 1, section.end);
  for (const node of nodes) {
    if (node.type === "heading")
      label = model.sourceOf(node) ?? "";
    else if (node.type === "paragraph") {
      const text = (model.sourceOf(node) ?? "").trim();
      if (/[:：]\s*(?:\*\*|__|\*|_)?$/u.test(text) || /^(?:\*\*|__)[^\n]*(?:\*\*|__)$/u.test(text))
        label = text;
    } else if (node.type === "list") {
      if (!required || required.test(label))
        for (const item of node.children)
          items.push(item);
    }
  }
  return items;
}

// node_modules/mdast-comment-marker/lib/index.js
var commentExpression = /\s*([a-zA-Z\d-]+)(\s+([\s\S]*))?\s*/;
var esCommentExpression = new RegExp(
  "(\\s*\\/\\*" + commentExpression.source + "\\*\\/\\s*)"
);
var markerExpression = new RegExp(
  "(\\s*<!--" + commentExpression.source + "-->\\s*)"
);
function commentMarker(value) {
  if (isNode(value) && (value.type === "html" || value.type === "mdxFlowExpression" || value.type === "mdxTextExpression")) {
    const match = value.value.match(
      value.type === "html" ? markerExpression : esCommentExpression
    );
    if (match && match[0].length === value.value.length) {
      const parameters = parseParameters(match[3] || "");
      if (parameters) {
        return {
          name: match[2],
          attributes: (match[4] || "").trim(),
          parameters,
          node: value
        };
      }
    }
  }
}
function parseParameters(value) {
  const parameters = {};
  return value.replace(
    /\s+([-\w]+)(?:=(?:"((?:\\[\s\S]|[^"])*)"|'((?:\\[\s\S]|[^'])*)'|((?:\\[\s\S]|[^"'\s])+)))?/gi,
    replacer
  ).replace(/\s+/g, "") ? void 0 : parameters;
  function replacer(_, $1, $2, $3, $4) {
    let value2 = $2 === void 0 ? $3 === void 0 ? $4 : $3 : $2;
    const number = Number(value2);
    if (value2 === "true" || value2 === void 0) {
      value2 = true;
    } else if (value2 === "false") {
      value2 = false;
    } else if (value2.trim() && !Number.isNaN(number)) {
      value2 = number;
    }
    parameters[$1] = value2;
    return "";
  }
}
function isNode(value) {
  return Boolean(value && typeof value === "object" && "type" in value);
}

// node_modules/space-separated-tokens/index.js
function parse(value) {
  const input = String(value || "").trim();
  return input ? input.split(/[ \t\n\r\f]+/g) : [];
}

// node_modules/unist-util-is/lib/index.js
var convert = (
  // Note: overloads in JSDoc can’t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends string>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition}) &
   *   (<Condition extends Props>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Condition) &
   *   (<Condition extends TestFunction>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Predicate<Condition, Node>) &
   *   ((test?: null | undefined) => (node?: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node) &
   *   ((test?: Test) => Check)
   * )}
   */
  /**
   * @param {Test} [test]
   * @returns {Check}
   */
  (function(test2) {
    if (test2 === null || test2 === void 0) {
      return ok2;
    }
    if (typeof test2 === "function") {
      return castFactory(test2);
    }
    if (typeof test2 === "object") {
      return Array.isArray(test2) ? anyFactory(test2) : (
        // Cast because `ReadonlyArray` goes into the above but `isArray`
        // narrows to `Array`.
        propertiesFactory(
          /** @type {Props} */
          test2
        )
      );
    }
    if (typeof test2 === "string") {
      return typeFactory(test2);
    }
    throw new Error("Expected function, string, or object as test");
  })
);
function anyFactory(tests) {
  const checks = [];
  let index = -1;
  while (++index < tests.length) {
    checks[index] = convert(tests[index]);
  }
  return castFactory(any);
  function any(...parameters) {
    let index2 = -1;
    while (++index2 < checks.length) {
      if (checks[index2].apply(this, parameters)) return true;
    }
    return false;
  }
}
function propertiesFactory(check) {
  const checkAsRecord = (
    /** @type {Record<string, unknown>} */
    check
  );
  return castFactory(all);
  function all(node) {
    const nodeAsRecord = (
      /** @type {Record<string, unknown>} */
      /** @type {unknown} */
      node
    );
    let key;
    for (key in check) {
      if (nodeAsRecord[key] !== checkAsRecord[key]) return false;
    }
    return true;
  }
}
function typeFactory(check) {
  return castFactory(type);
  function type(node) {
    return node && node.type === check;
  }
}
function castFactory(testFunction) {
  return check;
  function check(value, index, parent) {
    return Boolean(
      looksLikeANode(value) && testFunction.call(
        this,
        value,
        typeof index === "number" ? index : void 0,
        parent || void 0
      )
    );
  }
}
function ok2() {
  return true;
}
function looksLikeANode(value) {
  return value !== null && typeof value === "object" && "type" in value;
}

// node_modules/unist-util-visit-parents/lib/color.node.js
function color(d) {
  return "\x1B[33m" + d + "\x1B[39m";
}

// node_modules/unist-util-visit-parents/lib/index.js
var empty = [];
var CONTINUE = true;
var EXIT = false;
var SKIP = "skip";
function visitParents(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, reverse) {
  if (!tree || typeof tree !== "object") {
    throw new Error("Unexpected value `" + tree + "` for `tree`, expected node");
  }
  let preorder = true;
  let check;
  let visitors;
  let enter;
  let exit;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    if (reverse) preorder = false;
  } else {
    visitors = /** @type {Visitors | Visitor} */
    testOrEnterOrVisitors;
    if (enterOrVisitorsOrReverse) preorder = false;
  }
  if (typeof visitors === "function") {
    enter = visitors;
  } else if (visitors && typeof visitors === "object") {
    if (visitors.enter === null || visitors.enter === void 0) {
    } else if (typeof visitors.enter === "function") {
      enter = visitors.enter;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.enter + "` for `visitors.enter`, expected optional visitor"
      );
    }
    if (typeof visitors.exit === "function") {
      exit = visitors.exit;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.exit + "` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)"
      );
    }
  } else {
    throw new Error(
      "Unexpected value `" + visitors + "` for `enter` or `visitors`, expected visitor or object with visitors"
    );
  }
  const is2 = convert(check);
  const step = preorder ? 1 : -1;
  factory(tree, void 0, [])();
  function factory(node, index, parents) {
    const value = (
      /** @type {Record<string, unknown>} */
      node && typeof node === "object" ? node : {}
    );
    if (typeof value.type === "string") {
      const name = (
        // `hast`
        typeof value.tagName === "string" ? value.tagName : (
          // `xast`
          typeof value.name === "string" ? value.name : void 0
        )
      );
      Object.defineProperty(visit2, "name", {
        value: "node (" + color(node.type + (name ? "<" + name + ">" : "")) + ")"
      });
    }
    return visit2;
    function visit2() {
      const matches = !check || is2(node, index, parents[parents.length - 1] || void 0);
      let result = empty;
      if (enter && matches) {
        result = toResult(enter(node, parents, index));
        if (result[0] === EXIT) {
          return result;
        }
      }
      if ("children" in node && node.children) {
        const nodeAsParent = (
          /** @type {UnistParent} */
          node
        );
        if (nodeAsParent.children && result[0] !== SKIP) {
          let offset = (preorder ? -1 : nodeAsParent.children.length) + step;
          const grandparents = [...parents, nodeAsParent];
          while (offset > -1 && offset < nodeAsParent.children.length) {
            const child = nodeAsParent.children[offset];
            const subresult = factory(child, offset, grandparents)();
            if (subresult[0] === EXIT) {
              return subresult;
            }
            offset = typeof subresult[1] === "number" ? subresult[1] : offset + step;
          }
        }
      }
      if (exit && matches) {
        const exitResult = toResult(exit(node, parents, index));
        if (exitResult[0] === SKIP) {
          throw new Error(
            "Unexpected value `" + exitResult[0] + "` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing"
          );
        }
        if (exitResult[0] === EXIT || typeof exitResult[1] === "number") {
          return exitResult;
        }
      }
      return result;
    }
  }
}
function toResult(value) {
  if (Array.isArray(value)) {
    return value;
  }
  if (typeof value === "number") {
    return [CONTINUE, value];
  }
  return value === null || value === void 0 ? empty : [value];
}

// node_modules/unist-util-visit/lib/index.js
function visit(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, maybeReverse) {
  let check;
  let visitors;
  let reverse;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    reverse = maybeReverse;
  } else {
    visitors = /** @type {Visitor | Visitors} */
    testOrEnterOrVisitors;
    reverse = enterOrVisitorsOrReverse;
  }
  if (typeof visitors === "function") {
    visitParents(tree, check, wrap(visitors), reverse);
  } else {
    visitParents(tree, check, wrapVisitors(visitors), reverse);
  }
}
function wrapVisitors(visitors) {
  if (!visitors || typeof visitors !== "object") return visitors;
  return {
    enter: typeof visitors.enter === "function" ? wrap(visitors.enter) : visitors.enter,
    exit: typeof visitors.exit === "function" ? wrap(visitors.exit) : visitors.exit
  };
}
function wrap(visitor) {
  return overload;
  function overload(node, parents, index) {
    return visitor(node, index, parents[parents.length - 1]);
  }
}

// node_modules/unified-message-control/lib/index.js
var own = {}.hasOwnProperty;
function messageControl(tree, options3) {
  if (!options3 || typeof options3 !== "object") {
    throw new Error("Expected `options`");
  }
  const { file, marker: marker2, name, test: test2 } = options3;
  let { enable, disable, known, reset, source } = options3;
  if (!enable) enable = [];
  if (!disable) disable = [];
  if (!file) {
    throw new Error("Expected `file` in `options`");
  }
  if (!marker2) {
    throw new Error("Expected `marker` in `options`");
  }
  if (!name) {
    throw new Error("Expected `name` in `options`");
  }
  const sources = typeof source === "string" ? [source] : source || [name];
  const toOffset = location(file).toOffset;
  const initial = !reset;
  const gaps = detectGaps(tree);
  const scope = {};
  const globals = [];
  visit(tree, test2, visitor);
  file.messages = file.messages.filter(function(m) {
    return filter(m);
  });
  function visitor(node, position, parent) {
    const point = node.position && node.position.start;
    const mark = marker2(node);
    if (!point || !mark || mark.name !== name) {
      return;
    }
    const ruleIds = parse(mark.attributes);
    const verb = ruleIds.shift();
    const fn = verb === "enable" ? doEnable : verb === "disable" ? doDisable : verb === "ignore" ? doIgnore : void 0;
    if (!fn) {
      file.fail(
        "Unknown keyword `" + verb + "`: expected `'enable'`, `'disable'`, or `'ignore'`",
        node
      );
    }
    ok(verb, "expected verb");
    ok(fn, "expected verb");
    const next = parent && position !== void 0 && parent.children[position + 1] || void 0;
    const tail = next && next.position && next.position.end;
    if (ruleIds.length === 0) {
      fn(point, void 0, tail);
    } else {
      let index = -1;
      while (++index < ruleIds.length) {
        const ruleId = ruleIds[index];
        if (isKnown(ruleId, verb, node)) {
          fn(point, ruleId, tail);
        }
      }
    }
  }
  function doIgnore(point, ruleId, tail) {
    if (tail) {
      toggle(point, false, ruleId);
      toggle(tail, true, ruleId);
    }
  }
  function doDisable(point, ruleId) {
    toggle(point, false, ruleId);
    if (!ruleId) reset = true;
  }
  function doEnable(point, ruleId) {
    toggle(point, true, ruleId);
    if (!ruleId) reset = false;
  }
  function filter(message) {
    let gapIndex = gaps.length;
    if (!message.source || !sources.includes(message.source)) {
      return true;
    }
    if (!message.line) message.line = 1;
    if (!message.column) message.column = 1;
    const offset = toOffset(message);
    ok(typeof offset === "number");
    while (gapIndex--) {
      if (gaps[gapIndex][0] <= offset && gaps[gapIndex][1] > offset) {
        return false;
      }
    }
    return (!message.ruleId || check(message, scope[message.ruleId], true)) && check(message, globals, false);
  }
  function isKnown(ruleId, verb, node) {
    const result = known ? known.includes(ruleId) : true;
    if (!result) {
      file.message("Cannot " + verb + " `'" + ruleId + "'`, it\u2019s not known", {
        ancestors: [node],
        place: node.position,
        ruleId: "known",
        source: "unified-message-control"
      });
    }
    return result;
  }
  function getState(ruleId) {
    const ranges = ruleId ? scope[ruleId] : globals;
    if (ranges && ranges.length > 0) {
      return ranges[ranges.length - 1].state;
    }
    ok(enable);
    ok(disable);
    return ruleId ? reset ? enable.includes(ruleId) : !disable.includes(ruleId) : !reset;
  }
  function toggle(point, state, ruleId) {
    const markers = ruleId ? scope[ruleId] || (scope[ruleId] = []) : globals;
    const current = getState(ruleId);
    if (current !== state) {
      markers.push({ state, point });
    }
    if (!ruleId) {
      for (ruleId in scope) {
        if (own.call(scope, ruleId)) {
          toggle(point, state, ruleId);
        }
      }
    }
  }
  function check(message, marks, local) {
    if (message.line && message.column && marks && marks.length > 0) {
      let index = marks.length;
      while (index--) {
        const mark = marks[index];
        if (mark.point && (mark.point.line < message.line || mark.point.line === message.line && mark.point.column <= message.column)) {
          return mark.state === true;
        }
      }
    }
    if (local) {
      ok(message.ruleId);
      ok(enable);
      ok(disable);
      return reset ? enable.includes(message.ruleId) : !disable.includes(message.ruleId);
    }
    return Boolean(initial || reset);
  }
}
function detectGaps(tree) {
  const end = tree && tree.position && tree.position.end && tree.position.end.offset;
  let offset = 0;
  let gap = false;
  const gaps = [];
  visit(tree, one);
  if (typeof end === "number" && offset !== end) {
    update();
    update(end);
  }
  return gaps;
  function one(node) {
    update(node.position && node.position.start && node.position.start.offset);
    if (!("children" in node)) {
      update(node.position && node.position.end && node.position.end.offset);
    }
  }
  function update(latest) {
    if (latest === null || latest === void 0) {
      gap = true;
    } else if (offset < latest) {
      if (gap) {
        gaps.push([offset, latest]);
        gap = false;
      }
      offset = latest;
    }
  }
}

// node_modules/remark-message-control/lib/index.js
var test = [
  "comment",
  // In MDX@1, comments have their own node.
  "html",
  // Comments are `html` nodes in mdast.
  "mdxFlowExpression",
  // In MDX@2, comments exist in bracketed expressions.
  "mdxTextExpression"
];
function remarkMessageControl(options3) {
  return function(tree, file) {
    messageControl(tree, { ...options3, file, marker: commentMarker, test });
  };
}

// node_modules/remark-lint/index.js
function remarkLint() {
  this.use(lintMessageControl);
}
function lintMessageControl() {
  return remarkMessageControl({ name: "lint", source: "remark-lint" });
}

// packages/rules/dist/preset.js
var presetMarker = function(options3) {
  return (_, file) => {
    file.data.planLint = { preset: options3.id, layout: options3.layout };
  };
};
var lintMarker = /<!--\s*lint(?:\s|-->)|\/\*\s*lint(?:\s|\*\/)/;
var lintComments = unified().use(remarkLint).freeze();
function runLintComments() {
  return async (tree, file) => {
    if (lintMarker.test(getPlanModel(tree, file).source))
      await lintComments.run(tree, file);
  };
}
function planLintComments() {
  this.use(runLintComments);
}
function createPreset(id, template, rules2, layout) {
  const severities = {};
  const plugins = [remarkPlanSyntax, planLintComments, [presetMarker, { id, layout }]];
  for (const [rule, severity] of rules2) {
    severities[rule.meta.id] = severity;
    if (severity === "off")
      continue;
    plugins.push([rule, [severity, { template }]]);
  }
  return { id, template, severities, plugins, layout };
}
function pickLayout(layouts, tree, file) {
  const model = getPlanModel(tree, file);
  let best = layouts[0];
  let bestScore = -1;
  for (const layout of layouts) {
    const { score } = templateSignature(model, layout.template, file.path);
    if (score > bestScore) {
      best = layout;
      bestScore = score;
    }
  }
  return best;
}
var layoutSwitch = Object.assign(function(options3) {
  const runners = /* @__PURE__ */ new Map();
  return async (tree, file) => {
    const layout = pickLayout(options3.layouts, tree, file);
    let runner = runners.get(layout);
    if (!runner) {
      runner = unified().use(layout).freeze();
      runners.set(layout, runner);
    }
    await runner.run(tree, file);
  };
}, { planLintPreset: true });
function createLayoutPreset(id, layouts) {
  const first = layouts[0];
  if (!first)
    throw new Error("A layout preset needs at least one layout");
  return {
    id,
    template: first.template,
    severities: first.severities,
    layouts,
    plugins: [remarkPlanSyntax, [layoutSwitch, { layouts }]]
  };
}

// packages/rules/dist/style-free.compiled.js
var styleFreeTemplate = compiledTemplate({
  "id": "style-free",
  "name": "any plan",
  "paths": [],
  "metadata": [],
  "sections": [],
  "placeholders": [
    {
      "scope": "bracket",
      "pattern": "^e\\.g\\.,",
      "ignoreCase": true,
      "kind": "template example"
    },
    {
      "scope": "bracket",
      "pattern": "^#{3}-",
      "kind": "feature number placeholder"
    },
    {
      "scope": "bracket",
      "pattern": "^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$",
      "kind": "template token"
    },
    {
      "scope": "text",
      "pattern": "<<[A-Z][A-Z0-9_]*>>",
      "kind": "template token"
    },
    {
      "scope": "comment",
      "pattern": "ACTION REQUIRED",
      "kind": "template instruction comment"
    }
  ],
  "optionLabels": [],
  "identifiers": [],
  "traceability": {
    "openQuestions": false
  },
  "gates": {
    "verdicts": [],
    "checklists": []
  }
});

// packages/rules/dist/index.js
var rules = [
  planRequiredSections,
  planSectionOrder,
  planNoEmptySections,
  planNoPlaceholders,
  planNoOptionLabels,
  planMetadata,
  planTd1First,
  planRqsResolved,
  planSuccessCriteriaTraced,
  planGatesPassed
];

// packages/rules/dist/template-preset.js
var warnByDefault = /* @__PURE__ */ new Set(["plan-section-order", "plan-no-empty-sections", "plan-gates-passed"]);
var settings = ["error", "warn", "off"];
function templatePreset(input, options3 = {}) {
  const template = defineTemplate(input);
  const overrides = options3.rules ?? {};
  const known = new Set(rules.map((rule) => rule.meta.id));
  const unknown = Object.keys(overrides).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new PlanLintConfigError(`Unknown rule ${unknown.map((id) => `\`${id}\``).join(", ")} in \`templatePreset\` options, expected one of ${[...known].map((id) => `\`${id}\``).join(", ")}`);
  }
  for (const [id, setting] of Object.entries(overrides)) {
    if (!settings.includes(setting)) {
      throw new PlanLintConfigError(`Invalid severity \`${String(setting)}\` for \`${id}\` in \`templatePreset\` options, expected \`error\`, \`warn\` or \`off\``);
    }
  }
  return createPreset(template.id, template, rules.map((rule) => [rule, overrides[rule.meta.id] ?? (warnByDefault.has(rule.meta.id) ? "warn" : "error")]));
}

export {
  planGatesPassed,
  planMetadata,
  planNoEmptySections,
  planNoOptionLabels,
  planNoPlaceholders,
  planRequiredSections,
  planRqsResolved,
  planSectionOrder,
  planTd1First,
  planSuccessCriteriaTraced,
  createPreset,
  createLayoutPreset,
  styleFreeTemplate,
  templatePreset,
  rules
};
