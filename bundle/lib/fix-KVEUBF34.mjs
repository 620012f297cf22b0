import {createRequire as __createRequire} from 'node:module';
const require = __createRequire(import.meta.url);
import {
  VFile,
  isInside,
  projectRootOf
} from "./chunk-FOCHGUSW.mjs";
import "./chunk-BZDKYO32.mjs";
import "./chunk-3RFBON4D.mjs";

// packages/cli/dist/fix.js
import { randomBytes } from "node:crypto";
import { open, readFile, realpath, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
var maxPasses = 10;
var failures = /* @__PURE__ */ new Set(["changed", "outside-root", "write-failed"]);
function fixesOf(messages, text) {
  const candidates = messages.flatMap((message) => {
    const edit = editOf(message, text);
    return edit ? [{ message, edit }] : [];
  });
  const comments = candidates.filter(({ message, edit }) => edit.text === "" && wholeComment.test(message.actual)).map(({ message }) => offsetsOf(message));
  return candidates.filter(({ edit }) => edit.text !== "" || keepsLayout(text, edit, comments)).map(({ edit }) => edit);
}
var wholeComment = /^<!--(?:(?!-->)[\s\S])*-->$/;
var thematicBreak = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/m;
var comment = /<!--[\s\S]*?(?:-->|$)/g;
function keepsLayout(text, edit, flagged) {
  const removed = text.slice(edit.start, edit.end);
  if (thematicBreak.test(removed))
    return false;
  for (const match of removed.matchAll(comment)) {
    const start = edit.start + match.index;
    const end = start + match[0].length;
    if (!flagged.some((range) => range[0] <= start && end <= range[1]))
      return false;
  }
  return true;
}
function editOf(message, text) {
  if (!mayFix(message))
    return void 0;
  const offsets = offsetsOf(message);
  if (!offsets)
    return void 0;
  const [start, end] = offsets;
  if (end > text.length)
    return void 0;
  const current = text.slice(start, end);
  const replacement = message.expected?.[0];
  if (current !== message.actual || replacement === current)
    return void 0;
  if (replacement === "") {
    const lines = wholeLines(text, start, end);
    if (lines)
      return { start: lines[0], end: lines[1], text: "" };
  }
  return { start, end, text: replacement };
}
function offsetsOf(message) {
  const place = message.place;
  if (!place || !("start" in place))
    return void 0;
  const start = place.start.offset;
  const end = place.end.offset;
  if (start === void 0 || end === void 0 || start < 0 || start > end)
    return void 0;
  return [start, end];
}
function mayFix(message) {
  return message.ruleId?.startsWith("plan-") === true && message.expected?.length === 1 && typeof message.expected[0] === "string" && typeof message.actual === "string";
}
function wholeLines(text, start, end) {
  let from = start;
  while (from > 0 && isSpace(text[from - 1]))
    from--;
  if (from > 0 && breakBefore(text, from) === 0)
    return void 0;
  let to = end;
  if (breakBefore(text, to) === 0 || to === start) {
    while (to < text.length && isSpace(text[to]))
      to++;
    if (to < text.length && !isBreak(text[to]))
      return void 0;
    to += breakAt(text, to);
  }
  if (to === text.length) {
    for (let line = blankLineBefore(text, from); line !== void 0; line = blankLineBefore(text, from))
      from = line;
  } else if (from === 0 || blankLineBefore(text, from) !== void 0) {
    for (let next = blankLineAt(text, to); next !== void 0; next = blankLineAt(text, to))
      to = next;
  }
  return [from, to];
}
function isSpace(character) {
  return character === " " || character === "	";
}
function isBreak(character) {
  return character === "\n" || character === "\r";
}
function breakAt(text, index) {
  if (text[index] === "\r")
    return text[index + 1] === "\n" ? 2 : 1;
  return text[index] === "\n" ? 1 : 0;
}
function breakBefore(text, index) {
  if (text[index - 1] === "\n")
    return text[index - 2] === "\r" ? 2 : 1;
  return text[index - 1] === "\r" ? 1 : 0;
}
function blankLineBefore(text, index) {
  const lineBreak = breakBefore(text, index);
  if (lineBreak === 0)
    return void 0;
  let start = index - lineBreak;
  while (start > 0 && isSpace(text[start - 1]))
    start--;
  return start === 0 || isBreak(text[start - 1]) ? start : void 0;
}
function blankLineAt(text, index) {
  let end = index;
  while (end < text.length && isSpace(text[end]))
    end++;
  const lineBreak = breakAt(text, end);
  return lineBreak === 0 ? void 0 : end + lineBreak;
}
function selectEdits(edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept = [];
  let lastEnd = -1;
  for (const edit of sorted) {
    if (edit.start <= lastEnd)
      continue;
    kept.push(edit);
    lastEnd = edit.end;
  }
  return kept;
}
function applyEdits(text, edits) {
  let result = "";
  let cursor = 0;
  for (const edit of edits) {
    result += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var bom = "\uFEFF";
async function fixFiles(linted, options) {
  const outcomes = /* @__PURE__ */ new Map();
  const pending = [];
  const seen = /* @__PURE__ */ new Set();
  for (const file of linted) {
    if (!file.messages.some(mayFix))
      continue;
    const absolute = path.resolve(options.cwd, file.path);
    let original;
    try {
      const real = await realpath(absolute);
      if (seen.has(real))
        continue;
      seen.add(real);
      original = await readFile(absolute);
    } catch (error) {
      options.stderr(`plan-lint: cannot read \`${shown(absolute, options.cwd)}\`: ${reasonOf(error)}
`);
      outcomes.set(absolute, "write-failed");
      continue;
    }
    let decoded;
    try {
      decoded = utf8.decode(original);
    } catch {
      options.stderr(`plan-lint: \`${shown(absolute, options.cwd)}\` is not valid UTF-8; not fixed
`);
      outcomes.set(absolute, "not-utf8");
      continue;
    }
    const hasBom = decoded.startsWith(bom);
    const text = hasBom ? decoded.slice(1) : decoded;
    pending.push({ file: absolute, original, bom: hasBom, before: text, text });
  }
  let active = pending;
  for (let pass = 0; pass < maxPasses && active.length > 0; pass++) {
    const files = active.map((entry) => new VFile({ path: entry.file, cwd: options.cwd, value: entry.text }));
    await options.lint(files);
    active = active.filter((entry, index) => {
      const messages = files[index].messages;
      const edits = selectEdits(fixesOf(messages, entry.text));
      if (edits.length === 0)
        return false;
      entry.text = applyEdits(entry.text, edits);
      return true;
    });
  }
  const root = projectRoot(options.cwd);
  for (const entry of pending) {
    const outcome = entry.text === entry.before ? "unchanged" : await write(entry, root, options);
    outcomes.set(entry.file, outcome);
  }
  return { outcomes, failed: [...outcomes.values()].some((outcome) => failures.has(outcome)) };
}
function projectRoot(cwd) {
  return projectRootOf(path.join(cwd, "plan.md"), cwd);
}
async function write(entry, root, options) {
  const name = shown(entry.file, options.cwd);
  const refuse = (outcome, line) => {
    options.stderr(`plan-lint: ${line}
`);
    return outcome;
  };
  let temporary;
  try {
    const target = await realpath(entry.file);
    const named = path.resolve(await realpath(options.cwd), path.relative(options.cwd, entry.file));
    if (!isInside(target, root) && isInside(named, root)) {
      return refuse("outside-root", `\`${name}\` links to \`${target}\`, outside the project root; not written`);
    }
    const { mode } = await stat(target);
    temporary = path.join(path.dirname(target), `.${path.basename(target)}.plan-lint-${randomBytes(6).toString("hex")}.tmp`);
    const handle = await open(temporary, "wx", mode & 4095);
    try {
      await handle.writeFile(Buffer.from((entry.bom ? bom : "") + entry.text, "utf8"));
      await handle.chmod(mode & 4095);
      await handle.sync();
    } finally {
      await handle.close();
    }
    const current = await (options.readCurrent ?? readFile)(target);
    if (!Buffer.from(current).equals(entry.original)) {
      await unlink(temporary);
      return refuse("changed", `\`${name}\` changed while it was being fixed; not written`);
    }
    await rename(temporary, target);
    return "written";
  } catch (error) {
    if (temporary)
      await unlink(temporary).catch(() => void 0);
    return refuse("write-failed", `cannot write \`${name}\`: ${reasonOf(error)}`);
  }
}
function shown(file, cwd) {
  return path.relative(cwd, file).split(path.sep).join("/");
}
function reasonOf(error) {
  const code = error?.code;
  return code ?? (error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error));
}
export {
  fixFiles,
  fixesOf
};
