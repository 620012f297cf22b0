import {createRequire as __createRequire} from 'node:module';
const require = __createRequire(import.meta.url);
import {
  printable
} from "./chunk-XFQNGUVZ.mjs";

// packages/cli/dist/report.js
import path from "node:path";
function severityOf(message) {
  if (message.fatal === true)
    return "error";
  if (message.fatal === false)
    return "warning";
  return "info";
}
function summarize(files) {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const message of file.messages) {
      const severity = severityOf(message);
      if (severity === "error")
        errors++;
      else if (severity === "warning")
        warnings++;
    }
  }
  return { files: files.length, errors, warnings };
}
function relativePath(file, cwd) {
  return path.relative(cwd, path.resolve(cwd, file.path)).split(path.sep).join("/");
}
function byPosition(a, b) {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
function jsonReport(files, cwd) {
  return {
    version: 1,
    files: files.map((file) => ({
      path: relativePath(file, cwd),
      preset: file.data.planLint?.preset ?? null,
      ...file.data.planLint?.layout ? { layout: file.data.planLint.layout } : {},
      messages: [...file.messages].sort(byPosition).map((message) => {
        const end = message.place && "end" in message.place ? message.place.end : void 0;
        return {
          ruleId: message.ruleId ?? null,
          severity: severityOf(message),
          message: message.reason,
          line: message.line ?? null,
          column: message.column ?? null,
          endLine: end?.line ?? null,
          endColumn: end?.column ?? null
        };
      })
    })),
    summary: summarize(files)
  };
}
async function stylishReport(files, options) {
  if (options.verbose) {
    for (const file of files) {
      const preset = file.data.planLint?.preset;
      const layout = file.data.planLint?.layout;
      const which = preset ? `Linted with preset \`${preset}\`${layout ? ` (layout \`${layout}\`)` : ""}` : "Linted without a template preset";
      file.info(which, {
        ruleId: "plan-preset",
        source: "plan-lint"
      });
    }
  }
  for (const file of files)
    file.history = file.history.map(printable);
  const { reporter } = await import("./vfile-reporter-3HE2TNDE.mjs");
  return reporter(files, { color: options.color, verbose: options.verbose });
}

export {
  severityOf,
  summarize,
  relativePath,
  jsonReport,
  stylishReport
};
