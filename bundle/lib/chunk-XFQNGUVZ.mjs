import {createRequire as __createRequire} from 'node:module';
const require = __createRequire(import.meta.url);

// packages/cli/dist/discover.js
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
var UsageError = class extends Error {
  name = "UsageError";
};
var skippedFolders = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var escapes = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function printable(text) {
  return text.replace(/[\u0000-\u001f\u007f]/g, (character) => escapes[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function isPlanFileName(name) {
  return name === "plan.md" || name.endsWith("-plan.md");
}
async function discoverFiles(inputs, cwd) {
  const found = /* @__PURE__ */ new Set();
  const targets = inputs.length > 0 ? inputs : ["."];
  for (const input of targets) {
    const absolute = path.resolve(cwd, input);
    const info = await stat(absolute).catch((error) => error);
    if (!(info instanceof Error)) {
      if (info.isDirectory()) {
        const before = found.size;
        const walking = { found, visited: /* @__PURE__ */ new Set(), links: [], cwd };
        await walk(absolute, walking);
        for (let link = walking.links.shift(); link; link = walking.links.shift())
          await walk(link, walking);
        if (found.size === before && inputs.length > 0) {
          throw new UsageError(`No plan files (plan.md, *-plan.md) found in \`${input}\``);
        }
        if (found.size === before) {
          throw new UsageError("No plan files (plan.md, *-plan.md) found under the current folder");
        }
      } else if (info.isFile()) {
        found.add(absolute);
      } else {
        throw new UsageError(`Cannot lint \`${input}\`: not a file or folder`);
      }
      continue;
    }
    if (info.code !== "ENOENT" && info.code !== "ENOTDIR") {
      throw new UsageError(`Cannot read \`${input}\`: ${info.code ?? info.message}`);
    }
    const { glob, isDynamicPattern } = await import("./dist-DJWL7JW7.mjs");
    if (!isDynamicPattern(input))
      throw new UsageError(`No such file or folder: \`${input}\``);
    const matches = await glob(input, { cwd, absolute: true, ignore: ["**/node_modules/**", "**/.git/**"], onlyFiles: true });
    if (matches.length === 0)
      throw new UsageError(`No files match \`${input}\``);
    for (const match of matches)
      found.add(path.resolve(match));
  }
  return onePathPerFile([...found].sort());
}
async function onePathPerFile(files) {
  const byRealPath = /* @__PURE__ */ new Map();
  for (const file of files) {
    const real = await realpath(file).catch(() => file);
    const kept = byRealPath.get(real);
    if (kept === void 0 || file === real && kept !== real)
      byRealPath.set(real, file);
  }
  return [...byRealPath.values()].sort();
}
async function walk(folder, walking) {
  const { found, visited, cwd } = walking;
  const real = await realpath(folder).catch(() => void 0);
  if (!real || visited.has(real))
    return;
  visited.add(real);
  const entries = await readdir(folder, { withFileTypes: true }).catch((error) => {
    throw new UsageError(`Cannot read folder \`${path.relative(cwd, folder) || "."}\`: ${error.code ?? error.message}`);
  });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!skippedFolders.has(entry.name))
        await walk(full, walking);
    } else if (entry.isSymbolicLink()) {
      const target = await stat(full).catch(() => void 0);
      if (target?.isDirectory()) {
        if (!skippedFolders.has(entry.name))
          walking.links.push(full);
      } else if (target?.isFile() && isPlanFileName(entry.name))
        found.add(full);
    } else if (entry.isFile() && isPlanFileName(entry.name)) {
      found.add(full);
    }
  }
}

export {
  UsageError,
  printable,
  isPlanFileName,
  discoverFiles
};
