import {createRequire as __createRequire} from 'node:module';
const require = __createRequire(import.meta.url);
import {
  templatePreset
} from "./chunk-WNMIOWVO.mjs";
import {
  deriveTemplate,
  exactly
} from "./chunk-FOCHGUSW.mjs";
import "./chunk-BZDKYO32.mjs";
import {
  UsageError
} from "./chunk-XFQNGUVZ.mjs";
import "./chunk-3RFBON4D.mjs";

// packages/cli/dist/init.js
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { link, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
var initHelp = `Usage: plan-lint init --from-template <template.md> [options]

Write a configuration whose template schema is derived from your own plan
template: its sections and their order, which are required, its placeholder
shapes and option labels. Edit the result by hand as the template evolves.

Options:
  --from-template <path>  the plan template to derive the schema from
  --output <path>         where to write (default: .remarkrc.mjs in the current folder)
  --id <id>               the preset id shown in reports (default: from the file name)
  --force                 overwrite an existing file
  -h, --help              show this help
`;
var defaultOutput = ".remarkrc.mjs";
var idPattern = /^[a-z][a-z0-9-]*$/;
function parse(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        "from-template": { type: "string" },
        output: { type: "string" },
        id: { type: "string" },
        force: { type: "boolean" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UsageError(`${error.message.split("\n")[0]} (see \`plan-lint init --help\`)`);
  }
  const { values, positionals } = parsed;
  if (values.help)
    return "help";
  if (positionals.length > 0) {
    throw new UsageError(`Unexpected argument \`${positionals[0]}\`, expected \`--from-template <template.md>\``);
  }
  const template = values["from-template"];
  if (!template)
    throw new UsageError("Missing `--from-template <template.md>` (see `plan-lint init --help`)");
  if (values.id !== void 0 && !idPattern.test(values.id)) {
    throw new UsageError(`Invalid \`--id\` value \`${values.id}\`, expected a lower-case id such as \`team-plan\``);
  }
  return { template, output: values.output ?? defaultOutput, id: values.id, force: values.force ?? false };
}
async function runInit(argv, io) {
  try {
    const settings = parse(argv);
    if (settings === "help") {
      io.stdout(initHelp);
      return 0;
    }
    const source = await readTemplate(settings.template, io.cwd);
    const template = deriveTemplate(source, { source: settings.template, ...settings.id ? { id: settings.id } : {} });
    const target = await outputPath(settings.output, io.cwd);
    const from = displayPath(path.resolve(io.cwd, settings.template), io.cwd);
    await writeAtomically(target, renderConfig(template, { from }), settings.force, displayPath(target, io.cwd));
    io.stdout(`Wrote ${displayPath(target, io.cwd)} from ${from}
${summary(template)}
`);
    if (!resolvesFrom(path.dirname(target))) {
      io.stdout("The config imports `plan-lint`: add it to the project (`npm install --save-dev plan-lint`).\n");
    }
    return 0;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    io.stderr(`plan-lint: ${text.split("\n")[0]}
`);
    return 2;
  }
}
function resolvesFrom(folder) {
  try {
    createRequire(path.join(folder, "noop.js")).resolve("plan-lint/package.json");
    return true;
  } catch {
    return false;
  }
}
async function readTemplate(name, cwd) {
  const file = path.resolve(cwd, name);
  let buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT")
      throw new UsageError(`No such template: \`${name}\``);
    if (code === "EISDIR")
      throw new UsageError(`\`${name}\` is a folder, expected a Markdown plan template`);
    throw new UsageError(`Cannot read template \`${name}\`: ${code ?? error.message}`);
  }
  if (buffer.includes(0))
    throw new UsageError(`\`${name}\` is not a text file, expected a Markdown plan template`);
  const text = buffer.toString("utf8").replace(/^\uFEFF/, "");
  if (!/^ {0,3}#{1,6}[ \t]+\S/m.test(text)) {
    throw new UsageError(`\`${name}\` has no Markdown headings, expected a plan template with \`## Section\` headings`);
  }
  return text;
}
async function outputPath(output, cwd) {
  const target = path.resolve(cwd, output);
  const info = await stat(target).catch(() => void 0);
  if (info?.isDirectory() || /[\\/]$/.test(output))
    return path.join(target, defaultOutput);
  return target;
}
async function writeAtomically(target, text, force, shown) {
  const folder = path.dirname(target);
  await mkdir(folder, { recursive: true });
  const temporary = path.join(folder, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const exists = () => new UsageError(`\`${shown}\` already exists, expected \`--force\` to overwrite it`);
  if (!force && await stat(target).catch(() => void 0))
    throw exists();
  await writeFile(temporary, text, { flag: "wx" });
  try {
    if (force) {
      await rename(temporary, target);
      return;
    }
    try {
      await link(temporary, target);
    } catch (error) {
      const code = error.code;
      if (code === "EEXIST")
        throw exists();
      if (code === "EPERM" || code === "ENOTSUP" || code === "ENOSYS" || code === "EXDEV") {
        await rename(temporary, target);
        return;
      }
      throw error;
    }
  } finally {
    await rm(temporary, { force: true });
  }
}
function displayPath(file, cwd) {
  const relative = path.relative(cwd, file);
  const shown = relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
  return shown.split(path.sep).join("/");
}
function summary(template) {
  const all = [];
  const walk = (list) => {
    for (const section of list ?? []) {
      all.push(section);
      walk(section.children);
    }
  };
  walk(template.sections);
  const required = all.filter((section) => (section.requirement ?? "required") === "required").length;
  const parts = [`${count(all.length, "section")} (${required} required, ${all.length - required} optional)`];
  if (template.metadata?.length)
    parts.push(count(template.metadata.length, "metadata field"));
  parts.push(count(template.placeholders?.length ?? 0, "placeholder shape"));
  if (template.optionLabels?.length)
    parts.push(count(template.optionLabels.length, "option-label pattern"));
  if (template.numbering)
    parts.push(`numbered level-${template.numbering.level} headings`);
  if (template.options)
    parts.push("options with one chosen");
  const checklists = template.gates?.checklists?.length ?? 0;
  if (checklists)
    parts.push(count(checklists, "gate checklist"));
  return parts.join(", ");
}
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
var width = 110;
var fieldComments = {
  id: ["The preset id reports show for each plan; `name` is used in messages."],
  title: ["The plan's level-1 heading must match this regular expression."],
  metadata: [
    "Header fields (`**Branch**: ...`). required: the plan must have it;",
    "format: 'any' | 'date' | 'branch' | 'link'."
  ],
  sections: [
    "The plan's sections in template order, subsections under `children`. Headings match",
    "ignoring case, numbering and emoji; add `aliases: ['Other Name']` for names your plans use.",
    "requirement: 'required' | 'optional' (a required subsection only inside its parent);",
    "allOrNothing: when kept, filled in full; allowEmpty: may hold only its heading;",
    "instructions: template lines that do not count as content."
  ],
  numbering: ["Headings at this level carry numbers that run 1, 2, 3, ... in order."],
  options: [
    "Alternatives written as `### Option A: ...` headings: a plan keeps the ones it weighed and",
    "marks exactly one chosen (`chosen`), with its `rationale`."
  ],
  placeholders: [
    "Template text a plan must not keep. scope: 'bracket' tests the inside of each `[...]`,",
    "'text' searches paragraphs, headings, table cells and code, 'comment' tests HTML comments",
    "(inCode: false skips code blocks). exactly([...]) matches one of the texts, whole and",
    "literally; other patterns are regular expressions (String.raw keeps backslashes as written).",
    "A text pattern wrapped in `(?<=...)` and `(?=...)` matches only a whole table cell, list item",
    "or field value."
  ],
  optionLabels: ["Lines of the template's sample trees a plan must remove (regular expressions, whole lines)."],
  gates: [
    "Checklists a plan must tick: `planning` ones before review, `implementation` ones",
    "(Definition of Done) by the time the work is done."
  ]
};
var topOrder = [
  "id",
  "name",
  "title",
  "paths",
  "detection",
  "metadata",
  "sections",
  "numbering",
  "options",
  "placeholders",
  "optionLabels",
  "identifiers",
  "traceability",
  "gates"
];
var sectionOrder = [
  "id",
  "text",
  "aliases",
  "pattern",
  "level",
  "requirement",
  "when",
  "allowEmpty",
  "allOrNothing",
  "boilerplate",
  "ordered"
];
var shapeOrder = ["scope", "kind", "ignoreCase", "inCode", "pattern"];
function renderConfig(template, options) {
  const indent = "      ";
  const body = [];
  const record = template;
  const keys = [...topOrder.filter((key) => key in record), ...Object.keys(record).filter((key) => !topOrder.includes(key))];
  const fields = keys.filter((key) => record[key] !== void 0);
  fields.forEach((key, index) => {
    for (const comment of fieldComments[key] ?? [])
      body.push(`${indent}// ${comment}`);
    const value = record[key];
    let text;
    if (key === "sections") {
      text = renderList(value, indent, renderSection);
    } else if (key === "placeholders") {
      text = renderList(value, indent, (shape, inner) => renderObject(shape, inner, shapeOrder));
    } else {
      text = renderValue(value, indent);
    }
    body.push(`${indent}${key}: ${text}${index < fields.length - 1 ? "," : ""}`);
  });
  const imports = body.some((line) => line.includes("exactly([")) ? "exactly, templatePreset" : "templatePreset";
  const from = options.from.replace(/[\r\n\u2028\u2029]+/g, " ");
  return [
    `// plan-lint configuration generated from \`${from}\` by \`plan-lint init --from-template\`.`,
    "//",
    "// It describes your plan template as data: edit it by hand as the template changes (or",
    `// regenerate with \`plan-lint init --from-template ${from} --force\`, losing the edits).`,
    "// Lint a plan with `plan-lint path/to/plan.md`. Change a rule's severity with a second",
    "// argument: templatePreset({...}, {rules: {'plan-section-order': 'off'}}).",
    `import {${imports}} from 'plan-lint'`,
    "",
    "export default {",
    "  plugins: [",
    "    templatePreset({",
    ...body,
    "    })",
    "  ]",
    "}",
    ""
  ].join("\n");
}
function renderList(items, indent, render) {
  if (items.length === 0)
    return "[]";
  const inner = `${indent}  `;
  return `[
${items.map((item) => `${inner}${render(item, inner)}`).join(",\n")}
${indent}]`;
}
function renderSection(section, indent) {
  const record = section;
  const head = ordered(record, sectionOrder).filter(([key]) => key !== "instructions" && key !== "children");
  let text = `{${head.map(([key, value]) => `${key}: ${renderValue(value, indent, key)}`).join(", ")}`;
  if (section.instructions) {
    const instructions = `instructions: ${renderValue(section.instructions, `${indent}  `)}`;
    text += text.length + indent.length + instructions.length + 2 <= width ? `, ${instructions}` : `,
${indent}  ${instructions}`;
  }
  if (section.children && section.children.length > 0) {
    text += `, children: ${renderList(section.children, indent, renderSection)}`;
  }
  return `${text}}`;
}
function renderObject(record, indent, order = []) {
  const entries = ordered(record, order).map(([key, value]) => `${key}: ${renderValue(value, indent, key)}`);
  const oneLine = `{${entries.join(", ")}}`;
  if (!oneLine.includes("\n") && indent.length + oneLine.length <= width)
    return oneLine;
  if (entries.length > 1 && entries.slice(0, -1).every((entry) => !entry.includes("\n"))) {
    const head = entries.slice(0, -1).join(", ");
    const last = entries[entries.length - 1];
    if (indent.length + head.length < width) {
      return last.includes("\n") ? `{${head}, ${last}}` : `{${head},
${indent}  ${last}}`;
    }
  }
  const inner = `${indent}  `;
  return `{
${ordered(record, order).map(([key, value]) => `${inner}${key}: ${renderValue(value, inner, key)}`).join(",\n")}
${indent}}`;
}
function ordered(record, order) {
  const keys = [...order.filter((key) => key in record), ...Object.keys(record).filter((key) => !order.includes(key))];
  return keys.filter((key) => record[key] !== void 0).map((key) => [key, record[key]]);
}
function renderValue(value, indent, key) {
  if (typeof value === "string")
    return (key === "pattern" ? renderPattern(value, indent) : void 0) ?? renderString(value);
  if (typeof value === "number" || typeof value === "boolean")
    return String(value);
  if (Array.isArray(value)) {
    const items = value.map((item) => renderValue(item, `${indent}  `));
    const oneLine = `[${items.join(", ")}]`;
    if (!oneLine.includes("\n") && indent.length + oneLine.length <= width)
      return oneLine;
    return `[
${items.map((item) => `${indent}  ${item}`).join(",\n")}
${indent}]`;
  }
  if (value && typeof value === "object")
    return renderObject(value, indent);
  return String(value);
}
function renderPattern(pattern, indent) {
  const texts = exactTexts(pattern);
  if (!texts)
    return void 0;
  const items = texts.map(renderString);
  const oneLine = `exactly([${items.join(", ")}])`;
  if (texts.length <= 2 && indent.length + oneLine.length <= width - 30)
    return oneLine;
  return `exactly([
${items.map((item) => `${indent}  ${item}`).join(",\n")}
${indent}])`;
}
function exactTexts(pattern) {
  const body = /^\^\(\?:(.*)\)\$$/s.exec(pattern)?.[1];
  if (body === void 0)
    return void 0;
  const texts = [];
  let current = "";
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char === "\\") {
      const next = body[index + 1] ?? "";
      if (next === "s" && body[index + 2] === "+") {
        current += " ";
        index += 2;
      } else {
        current += next;
        index++;
      }
    } else if (char === "|") {
      texts.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  texts.push(current);
  return exactly(texts) === pattern ? texts : void 0;
}
function renderString(text) {
  if (text.includes("\\") && !text.includes("`") && !text.includes("${") && !/\\$/.test(text.replace(/\\\\/g, ""))) {
    return `String.raw\`${text}\``;
  }
  return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n")}'`;
}
export {
  deriveTemplate,
  exactly,
  initHelp,
  renderConfig,
  runInit,
  templatePreset
};
