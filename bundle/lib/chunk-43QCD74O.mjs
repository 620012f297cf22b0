import {createRequire as __createRequire} from 'node:module';
const require = __createRequire(import.meta.url);
import {
  planStyleUrl,
  presets
} from "./chunk-H52ODYLZ.mjs";
import {
  relativePath,
  severityOf
} from "./chunk-ORAIXMX2.mjs";
import {
  rules
} from "./chunk-WNMIOWVO.mjs";

// packages/cli/dist/reporters/sarif.js
import { createHash } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
var sarifSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var informationUri = "https://github.com/plan-lint/plan-lint";
var srcRoot = "%SRCROOT%";
var fingerprintKey = "planLint/v1";
var styleDescriptor = {
  id: "plan-style",
  name: "PlanStyle",
  shortDescription: { text: "The plan follows a known template style, so every rule of its preset can run" },
  helpUri: planStyleUrl,
  defaultConfiguration: { level: "note" }
};
var levels = { error: "error", warning: "warning", info: "note" };
function defaultLevelOf(ruleId) {
  const settings = [...presets.values()].flatMap((preset) => (preset.layouts ?? [preset]).map((layout) => layout.severities[ruleId]));
  if (settings.includes("error"))
    return "error";
  return "warning";
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word[0]?.toUpperCase() + word.slice(1)).join("");
}
function planRuleDescriptors() {
  const described = rules.map(({ meta }) => ({
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.description },
    help: { text: `${meta.description}. See ${meta.url}`, markdown: `${meta.description}. See [${meta.id}](${meta.url}).` },
    helpUri: meta.url,
    defaultConfiguration: { level: defaultLevelOf(meta.id) }
  }));
  return [...described, styleDescriptor];
}
function ruleIdOf(message) {
  return message.ruleId ?? message.source ?? "unknown";
}
function encodePath(relative) {
  return relative.split("/").map(encodeURIComponent).join("/");
}
function artifactLocationOf(file, cwd) {
  const relative = relativePath(file, cwd);
  if (relative === ".." || relative.startsWith("../") || path.isAbsolute(relative)) {
    return { uri: pathToFileURL(path.resolve(cwd, file.path)).href };
  }
  return { uri: encodePath(relative), uriBaseId: srcRoot };
}
function regionOf(message) {
  const place = message.place;
  if (!place)
    return { startLine: 1 };
  if ("start" in place) {
    return { startLine: place.start.line, startColumn: place.start.column, endLine: place.end.line, endColumn: place.end.column };
  }
  return { startLine: place.line, startColumn: place.column };
}
function hasRange(message) {
  return Boolean(message.place && "start" in message.place);
}
function fixesOf(message, location, region) {
  if (!message.expected?.length || !hasRange(message))
    return void 0;
  return message.expected.map((replacement) => ({
    description: { text: replacement === "" ? "Remove the reported text" : "Replace the reported text with the expected text" },
    artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: region, insertedContent: { text: replacement } }] }]
  }));
}
function compareNumbers(a, b) {
  return (a ?? 0) - (b ?? 0);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function byRegion(a, b) {
  return compareNumbers(a.region.startLine, b.region.startLine) || compareNumbers(a.region.startColumn, b.region.startColumn) || compareNumbers(a.region.endLine, b.region.endLine) || compareNumbers(a.region.endColumn, b.region.endColumn) || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.text, b.text);
}
function fingerprint(ruleId, uri, text, occurrence) {
  const hash = createHash("sha256").update([ruleId, uri, text].join("\0")).digest("hex");
  return `${hash}:${occurrence}`;
}
function srcRootUri(cwd) {
  const href = pathToFileURL(cwd).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function sarifReport(files, options) {
  const descriptors = planRuleDescriptors();
  const indexById = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
  const results = [];
  const located = files.map((file) => ({ file, location: artifactLocationOf(file, options.cwd) })).sort((a, b) => compareStrings(a.location.uri ?? "", b.location.uri ?? ""));
  for (const { file, location } of located) {
    const entries = file.messages.map((message) => ({ message, region: regionOf(message), ruleId: ruleIdOf(message), text: message.reason })).sort(byRegion);
    const seen = /* @__PURE__ */ new Map();
    for (const { message, region, ruleId, text } of entries) {
      let ruleIndex = indexById.get(ruleId);
      if (ruleIndex === void 0) {
        ruleIndex = descriptors.length;
        descriptors.push({ id: ruleId, ...message.url ? { helpUri: message.url } : {} });
        indexById.set(ruleId, ruleIndex);
      }
      const key = [ruleId, text].join("\0");
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      const fixes = fixesOf(message, location, region);
      results.push({
        ruleId,
        ruleIndex,
        level: levels[severityOf(message)],
        message: { text },
        locations: [{ physicalLocation: { artifactLocation: location, region } }],
        partialFingerprints: { [fingerprintKey]: fingerprint(ruleId, location.uri ?? "", text, occurrence) },
        ...fixes ? { fixes } : {}
      });
    }
  }
  return {
    $schema: sarifSchema,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "plan-lint",
            version: options.version,
            semanticVersion: options.version,
            informationUri,
            rules: descriptors
          }
        },
        originalUriBaseIds: { [srcRoot]: { uri: srcRootUri(options.cwd) } },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
}

export {
  sarifReport
};
