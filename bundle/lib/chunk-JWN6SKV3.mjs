import {createRequire as __createRequire} from 'node:module';
const require = __createRequire(import.meta.url);
import {
  relativePath,
  severityOf
} from "./chunk-ORAIXMX2.mjs";

// packages/cli/dist/reporters/github.js
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
var propertyOrder = ["file", "line", "endLine", "col", "endColumn", "title"];
function githubCommand(level, properties, message) {
  const pairs = propertyOrder.filter((key) => properties[key] !== void 0).map((key) => `${key}=${escapeProperty(String(properties[key]))}`);
  return `::${level}${pairs.length > 0 ? ` ${pairs.join(",")}` : ""}::${escapeData(message)}`;
}
var levels = { error: "error", warning: "warning", info: "notice" };
function spanOf(message) {
  const place = message.place;
  if (!place)
    return {};
  if (!("start" in place))
    return { line: place.line, col: place.column };
  const { start, end } = place;
  if (start.line !== end.line)
    return { line: start.line, endLine: end.line };
  return { line: start.line, endLine: end.line, col: start.column, endColumn: Math.max(start.column, end.column - 1) };
}
function byPosition(a, b) {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
function githubReport(files, cwd) {
  const lines = [];
  const located = files.map((file) => ({ file, where: relativePath(file, cwd) }));
  located.sort((a, b) => a.where < b.where ? -1 : a.where > b.where ? 1 : 0);
  for (const { file, where } of located) {
    for (const message of [...file.messages].sort(byPosition)) {
      const title = message.ruleId ? `plan-lint(${message.ruleId})` : "plan-lint";
      lines.push(githubCommand(levels[severityOf(message)], { file: where, ...spanOf(message), title }, message.reason));
    }
  }
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
}

export {
  escapeData,
  escapeProperty,
  githubCommand,
  githubReport
};
