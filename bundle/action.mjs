import {createRequire as __createRequire} from 'node:module';
const require = __createRequire(import.meta.url);
import {
  run
} from "./lib/chunk-CA3JUIOM.mjs";
import "./lib/chunk-2LJZVZKE.mjs";
import "./lib/chunk-TAEIWIYL.mjs";
import {
  sarifReport
} from "./lib/chunk-43QCD74O.mjs";
import "./lib/chunk-H52ODYLZ.mjs";
import {
  githubCommand
} from "./lib/chunk-JWN6SKV3.mjs";
import "./lib/chunk-ORAIXMX2.mjs";
import {
  rules
} from "./lib/chunk-WNMIOWVO.mjs";
import "./lib/chunk-FOCHGUSW.mjs";
import "./lib/chunk-BZDKYO32.mjs";
import {
  UsageError,
  discoverFiles,
  isPlanFileName
} from "./lib/chunk-XFQNGUVZ.mjs";
import "./lib/chunk-3RFBON4D.mjs";

// packages/cli/dist/action.js
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { appendFile, mkdir, readFile, realpath, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
var ActionError = class extends Error {
  name = "ActionError";
};
var annotationsShown = 10;
var summaryBudget = 1024 * 1024 - 16 * 1024;
var markdownExtensions = /* @__PURE__ */ new Set([".md", ".markdown"]);
var ruleUrls = new Map(rules.map((rule) => [rule.meta.id, rule.meta.url]));
function input(env, name) {
  return (env[`INPUT_${name.replaceAll(" ", "_").toUpperCase()}`] ?? "").trim();
}
function readInputs(env) {
  const paths = input(env, "paths").split("\n").map((line) => line.trim()).filter((line) => line !== "");
  const preset = input(env, "preset");
  const onlyChanged = input(env, "only-changed") || "auto";
  if (!["auto", "true", "false"].includes(onlyChanged.toLowerCase())) {
    throw new ActionError(`Invalid \`only-changed\` value \`${onlyChanged}\`, expected \`auto\`, \`true\` or \`false\``);
  }
  const failLevel = (input(env, "fail-level") || "error").toLowerCase();
  if (failLevel !== "error" && failLevel !== "warning" && failLevel !== "none") {
    throw new ActionError(`Invalid \`fail-level\` value \`${failLevel}\`, expected \`error\`, \`warning\` or \`none\``);
  }
  const maxWarnings = input(env, "max-warnings") || "-1";
  if (!/^(-1|\d+)$/.test(maxWarnings) || !Number.isSafeInteger(Number(maxWarnings))) {
    throw new ActionError(`Invalid \`max-warnings\` value \`${maxWarnings}\`, expected a whole number, or -1 for no limit`);
  }
  const sarif = input(env, "sarif");
  const lowerOnlyChanged = onlyChanged.toLowerCase();
  return {
    paths,
    // `auto` leaves the choice to the CLI: a configuration file, else detection per file.
    preset: preset === "" || preset === "auto" ? void 0 : preset,
    onlyChanged: lowerOnlyChanged === "auto" ? "auto" : lowerOnlyChanged === "true",
    failLevel,
    maxWarnings: Number(maxWarnings),
    sarif: sarif === "" ? void 0 : sarif,
    workingDirectory: input(env, "working-directory") || "."
  };
}
async function pullRequestOf(env) {
  const event = env.GITHUB_EVENT_NAME;
  if (event !== "pull_request" && event !== "pull_request_target")
    return void 0;
  if (!env.GITHUB_EVENT_PATH)
    return void 0;
  let payload;
  try {
    payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8"));
  } catch (error) {
    throw new ActionError(`Cannot read the event payload \`${env.GITHUB_EVENT_PATH}\`: ${error.message.split("\n")[0]}`);
  }
  const base = payload.pull_request?.base?.sha;
  return typeof base === "string" && /^[0-9a-f]{7,64}$/i.test(base) ? { base } : void 0;
}
var execFileAsync = promisify(execFile);
async function git(args, cwd) {
  const { stdout } = await execFileAsync("git", args, { cwd, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  return stdout;
}
function unquote(name) {
  if (!name.startsWith('"'))
    return name;
  const bytes = [];
  const escapes = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
  for (let index = 1; index < name.length - 1; index++) {
    const char = name[index];
    if (char !== "\\") {
      bytes.push(...Buffer.from(char));
      continue;
    }
    const next = name[index + 1];
    if (/[0-7]/.test(next)) {
      bytes.push(Number.parseInt(name.slice(index + 1, index + 4), 8));
      index += 3;
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      index += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
function parseHunks(diff) {
  const changed = /* @__PURE__ */ new Map();
  let current;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+++ ")) {
      const name = unquote(line.slice(4));
      current = name.startsWith("b/") ? [] : void 0;
      if (current)
        changed.set(name.slice(2), current);
    } else if (line.startsWith("@@ ") && current) {
      const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!match)
        continue;
      const start = Number(match[1]);
      const count = match[2] === void 0 ? 1 : Number(match[2]);
      if (count > 0)
        current.push([start, start + count - 1]);
    }
  }
  return changed;
}
async function pullRequestDiff(base, cwd) {
  let root;
  try {
    root = (await git(["rev-parse", "--show-toplevel"], cwd)).trim();
  } catch {
    return `\`${cwd}\` is not a git checkout, so the changed files are not known`;
  }
  const short = base.slice(0, 7);
  const present = () => git(["cat-file", "-e", `${base}^{commit}`], root).then(() => true, () => false);
  if (!await present()) {
    await git(["fetch", "--no-tags", "--depth=1", "origin", base], root).catch(() => void 0);
    if (!await present()) {
      return `The base commit \`${short}\` is not in the checkout and could not be fetched, so the changed files are not known (check out with \`fetch-depth: 0\`)`;
    }
  }
  const options = ["-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", "--src-prefix=a/", "--dst-prefix=b/", "--diff-filter=ACMR"];
  for (const range of [[`${base}...HEAD`], [base, "HEAD"]]) {
    try {
      const names = (await git([...options, "--name-only", "-z", ...range], root)).split("\0").filter((name) => name !== "");
      const changed = parseHunks(await git([...options, "-U0", ...range], root));
      for (const name of names)
        if (!changed.has(name))
          changed.set(name, []);
      return { root, changed };
    } catch {
    }
  }
  return `git cannot compare the checkout with the base commit \`${short}\`, so the changed files are not known`;
}
function toPosix(file) {
  return file.split(path.sep).join("/");
}
async function changedTargets(diff, inputs, cwd) {
  const candidates = [...diff.changed.keys()].map((name) => path.join(diff.root, name)).filter((file) => markdownExtensions.has(path.extname(file).toLowerCase())).filter((file) => {
    const relative = path.relative(cwd, file);
    return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
  });
  let selected;
  if (inputs.paths.length > 0) {
    const named = new Set(await discoverFiles(inputs.paths, cwd));
    selected = candidates.filter((file) => named.has(file));
  } else {
    selected = candidates.filter((file) => isPlanFileName(path.basename(file)) && !path.relative(cwd, file).split(path.sep).includes("node_modules"));
  }
  return selected.map((file) => path.relative(cwd, file)).sort();
}
async function cli(args, cwd) {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    cwd,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    color: false
  });
  return { code, stdout, stderr };
}
function failureOf(result) {
  const reason = result.stderr.trim().split("\n").at(-1)?.replace(/^plan-lint: /, "") || `plan-lint exited with ${result.code}`;
  return new ActionError(reason);
}
var levels = { error: "error", warning: "warning", info: "notice" };
function spanOf(message) {
  if (message.line === null)
    return {};
  const endLine = message.endLine ?? message.line;
  if (endLine !== message.line || message.column === null)
    return { line: message.line, endLine };
  const endColumn = message.endColumn === null ? message.column : Math.max(message.column, message.endColumn - 1);
  return { line: message.line, endLine, col: message.column, endColumn };
}
function onChangedLine(message, ranges) {
  if (!ranges)
    return false;
  if (message.line === null)
    return true;
  const first = message.line;
  const last = message.endLine ?? message.line;
  return ranges.some(([start, end]) => start <= last && end >= first);
}
function escapeInline(text) {
  return text.replace(/[&<>]|[\\`*_[\]|~]/g, (char) => char === "&" ? "&amp;" : char === "<" ? "&lt;" : char === ">" ? "&gt;" : `\\${char}`).replace(/\r\n|[\r\n\u2028\u2029]/g, "<br>");
}
function markdownText(text) {
  return text.split(/\r\n|[\r\n\u2028\u2029]/).map((line) => {
    const parts = line.split("`");
    return parts.map((part, index) => {
      if (index % 2 === 0)
        return escapeInline(part);
      return index < parts.length - 1 ? `<code>${escapeInline(part)}</code>` : `\\\`${escapeInline(part)}`;
    }).join("");
  }).join("<br>");
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function blobUrl(links, file, message) {
  if (!links.blob)
    return void 0;
  const encoded = file.split("/").map((segment) => encodeURIComponent(segment).replaceAll("(", "%28").replaceAll(")", "%29")).join("/");
  if (!message || message.line === null)
    return `${links.blob}${encoded}`;
  const endLine = message.endLine ?? message.line;
  return `${links.blob}${encoded}#L${message.line}${endLine > message.line ? `-L${endLine}` : ""}`;
}
function findingRow(finding, links) {
  const { message, file } = finding;
  const lines = message.line === null ? "" : message.endLine !== null && message.endLine > message.line ? `${message.line}\u2013${message.endLine}` : String(message.line);
  const url = blobUrl(links, file, message);
  const line = url && lines ? `[${lines}](${url})` : lines;
  const ruleUrl = message.ruleId ? ruleUrls.get(message.ruleId) : void 0;
  const rule = message.ruleId ? ruleUrl ? `[${escapeInline(message.ruleId)}](${ruleUrl})` : escapeInline(message.ruleId) : "";
  return `| ${message.severity} | ${line} | ${rule} | ${markdownText(message.message)} |`;
}
function renderSummary(context) {
  const { findings, files, errors, warnings } = context;
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  const totals = errors + warnings === 0 ? "no errors or warnings" : `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
  const head = [`## plan-lint: ${totals}`, "", context.scope];
  if (findings.length > 0) {
    head.push("", context.diffKnown ? `Annotations mark the ${plural(context.annotated, "finding")} on lines this pull request changes; every finding is listed here.` : "Every finding is listed here; GitHub shows at most 10 annotations of each level per step.");
  }
  let text = `${head.join("\n")}
`;
  let shown = 0;
  let size = Buffer.byteLength(text);
  for (const [file, list] of byFile) {
    const fileUrl = blobUrl(context.links, file);
    const name = `<code>${escapeInline(file)}</code>`;
    const section = [
      "",
      `### ${fileUrl ? `[${name}](${fileUrl})` : name}`,
      "",
      "| Severity | Line | Rule | Message |",
      "| --- | --- | --- | --- |"
    ].join("\n");
    let block = `${section}
`;
    for (const finding of list) {
      const row = `${findingRow(finding, context.links)}
`;
      if (size + Buffer.byteLength(block) + Buffer.byteLength(row) > summaryBudget)
        break;
      block += row;
      shown++;
    }
    if (block === `${section}
`)
      break;
    text += block;
    size += Buffer.byteLength(block);
  }
  if (shown < findings.length) {
    text += `
${plural(findings.length - shown, "more finding")} not shown: GitHub limits a job summary to 1 MiB. Run \`plan-lint\` on the files, or use the \`sarif\` output, for the full list.
`;
  }
  const clean = files.filter((file) => !byFile.has(file));
  if (clean.length > 0 && size < summaryBudget) {
    const listed = clean.slice(0, 50).map((file) => `<code>${escapeInline(file)}</code>`);
    const more = clean.length > listed.length ? `, and ${clean.length - listed.length} more` : "";
    text += `
No findings in ${plural(clean.length, "file")}: ${listed.join(", ")}${more}.
`;
  }
  return text;
}
async function setOutputs(file, outputs) {
  if (!file)
    return;
  let text = "";
  for (const [name, value] of Object.entries(outputs)) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    text += `${name}<<${delimiter}
${value}
${delimiter}
`;
  }
  await appendFile(file, text);
}
async function linkedCommit(root, env) {
  const sha = await git(["rev-parse", "HEAD"], root).then((text) => text.trim(), () => void 0);
  return sha || env.GITHUB_SHA || void 0;
}
async function gitRoot(cwd) {
  return git(["rev-parse", "--show-toplevel"], cwd).then((text) => text.trim(), () => void 0);
}
function notice(io, message) {
  io.stdout(`${githubCommand("notice", { title: "plan-lint" }, message)}
`);
}
async function writeSarif(target, lint) {
  if (lint.empty) {
    const version = (await cli(["--version"], lint.cwd)).stdout.trim();
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, `${JSON.stringify(sarifReport([], { cwd: lint.root, version }), null, 2)}
`);
    return;
  }
  const fromRoot = (entry) => path.relative(lint.root, path.resolve(lint.cwd, entry)) || ".";
  const targets = lint.targets.length > 0 ? lint.targets.map(fromRoot) : [fromRoot(".")];
  const result = await cli([...targets, "--format", "sarif", "--output-file", target, ...lint.presetArgs], lint.root);
  if (result.code === 2)
    throw failureOf(result);
}
function annotate(findings, io) {
  const emitted = { error: 0, warning: 0, notice: 0 };
  for (const { file, message, annotated } of findings) {
    if (!annotated)
      continue;
    const level = levels[message.severity];
    emitted[level]++;
    const title = message.ruleId ? `plan-lint(${message.ruleId})` : "plan-lint";
    io.stdout(`${githubCommand(level, { file, ...spanOf(message), title }, message.message)}
`);
  }
  const dropped = Object.values(emitted).reduce((sum, count) => sum + Math.max(0, count - annotationsShown), 0);
  if (dropped > 0) {
    io.stdout(`plan-lint: GitHub shows ${annotationsShown} annotations of each level per step; ${plural(dropped, "more finding")} ${dropped === 1 ? "is" : "are"} in the job summary
`);
  }
}
async function lintAction(io) {
  const { env } = io;
  const inputs = readInputs(env);
  const workspace = path.resolve(io.cwd, env.GITHUB_WORKSPACE || ".");
  const cwd = await realpath(path.resolve(workspace, inputs.workingDirectory)).catch(() => "");
  const folder = cwd ? await stat(cwd) : void 0;
  if (!folder?.isDirectory())
    throw new ActionError(`The \`working-directory\` \`${inputs.workingDirectory}\` is not a folder`);
  const pullRequest = await pullRequestOf(env);
  const onlyChanged = inputs.onlyChanged === "auto" ? pullRequest !== void 0 : inputs.onlyChanged;
  let diff;
  if (pullRequest) {
    const result = await pullRequestDiff(pullRequest.base, cwd);
    if (typeof result === "string")
      notice(io, `${result}: linting every plan, annotating every finding`);
    else
      diff = result;
  } else if (inputs.onlyChanged === true) {
    notice(io, "only-changed needs a pull_request event: linting every plan");
  }
  const root = diff?.root ?? await gitRoot(cwd) ?? await realpath(workspace);
  const presetArgs = inputs.preset ? ["--preset", inputs.preset] : [];
  let targets = inputs.paths;
  let scope = inputs.paths.length > 0 ? `Linted ${inputs.paths.map((entry) => `<code>${escapeInline(entry)}</code>`).join(", ")}.` : "Linted every plan file.";
  const changes = onlyChanged ? diff : void 0;
  if (changes) {
    targets = await changedTargets(changes, inputs, cwd);
    scope = targets.length === 0 ? "This pull request changes no plan files to lint." : `Linted the ${plural(targets.length, "plan file")} this pull request changes.`;
  }
  const nothingToLint = changes !== void 0 && targets.length === 0;
  let report = { version: 1, files: [], summary: { files: 0, errors: 0, warnings: 0 } };
  if (nothingToLint) {
    io.stdout("plan-lint: this pull request changes no plan files\n");
  } else {
    const result = await cli([...targets, "--format", "json", ...presetArgs], cwd);
    if (result.code === 2)
      throw failureOf(result);
    if (result.stderr)
      io.stderr(result.stderr);
    report = JSON.parse(result.stdout);
  }
  const sarifPath = inputs.sarif ? path.resolve(workspace, inputs.sarif) : void 0;
  if (sarifPath)
    await writeSarif(sarifPath, { targets, cwd, root, presetArgs, empty: nothingToLint });
  const files = report.files.map((file) => toPosix(path.relative(root, path.resolve(cwd, file.path))));
  const findings = report.files.flatMap((file, index) => {
    const name = files[index];
    return file.messages.map((message) => ({
      file: name,
      message,
      annotated: diff ? onChangedLine(message, diff.changed.get(name)) : true
    }));
  });
  annotate(findings, io);
  const { errors, warnings } = report.summary;
  if (env.GITHUB_STEP_SUMMARY) {
    const sha = await linkedCommit(root, env);
    const server = env.GITHUB_SERVER_URL || "https://github.com";
    const links = { blob: env.GITHUB_REPOSITORY && sha ? `${server}/${env.GITHUB_REPOSITORY}/blob/${sha}/` : void 0 };
    const annotated = findings.filter((finding) => finding.annotated).length;
    await appendFile(env.GITHUB_STEP_SUMMARY, renderSummary({ scope, findings, files, errors, warnings, annotated, diffKnown: diff !== void 0, links }));
  }
  await setOutputs(env.GITHUB_OUTPUT, {
    errors: String(errors),
    warnings: String(warnings),
    files: String(report.summary.files),
    sarif: sarifPath ?? ""
  });
  io.stdout(`plan-lint: ${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(report.summary.files, "file")}
`);
  let failed = inputs.failLevel === "error" && errors > 0 || inputs.failLevel === "warning" && errors + warnings > 0;
  if (inputs.maxWarnings >= 0 && warnings > inputs.maxWarnings) {
    io.stdout(`${githubCommand("error", { title: "plan-lint" }, `${plural(warnings, "warning")} ${warnings === 1 ? "exceeds" : "exceed"} max-warnings ${inputs.maxWarnings}`)}
`);
    failed = true;
  }
  return failed ? 1 : 0;
}
async function runAction(io) {
  try {
    return await lintAction(io);
  } catch (error) {
    const known = error instanceof ActionError || error instanceof UsageError;
    const text = error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
    io.stdout(`${githubCommand("error", { title: "plan-lint" }, known ? text : `plan-lint failed: ${text}`)}
`);
    return 1;
  }
}

// plan-lint-entry:action
process.exitCode = await runAction({
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
});
