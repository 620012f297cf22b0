// scripts/bundle-entries/load-bundle.js
import { isAscii } from "node:buffer";
import fs from "node:fs";
import Module from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
var wrap = (text) => `(function (exports, require, module, __filename, __dirname, __planLintImport) {${text}
})`;
var partial = 0;
var complete = 1;
var extension = ".v8cache";
var staleAfterMs = 14 * 24 * 60 * 60 * 1e3;
function loadBundle(url, { build, load, cache = true, env = process.env }) {
  const file = fileURLToPath(url);
  const bytes = fs.readFileSync(file);
  const folder = cache ? cacheFolder(env) : void 0;
  const cacheFile = folder ? path.join(folder, cacheName(build, file)) : void 0;
  const stored = cacheFile ? readCache(cacheFile) : void 0;
  const source = bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
  const script = new vm.Script(wrap(source), { filename: file, cachedData: stored?.data });
  const module = { exports: {} };
  const importFromScript = (specifier) => load(/^\.\.?\//.test(specifier) ? new URL(specifier, url).href : specifier);
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file), importFromScript);
  let saved;
  return {
    exports: module.exports,
    /**
     * Store what this process compiled, when no usable cache was there, or
     * when the one there was written by a run that linted nothing (`--help`)
     * and this run linted: a cache holds the functions its run called.
     * A process writes at most once for each kind.
     */
    saveCache(options) {
      if (!cacheFile || !folder) return;
      const kind = options.complete ? complete : partial;
      if (saved !== void 0 && (saved === complete || kind === partial)) return;
      const fits = stored !== void 0 && !script.cachedDataRejected;
      if (saved === void 0 && fits && (stored.kind === complete || kind === partial)) return;
      writeCache(folder, cacheFile, kind, script.createCachedData());
      saved = kind;
    }
  };
}
function cacheName(build, file) {
  const stats = fs.statSync(file);
  const stamp = `${stats.size}-${Math.trunc(stats.mtimeMs)}`;
  return `${build.replace(/[^\w-]/g, "").slice(0, 32)}-${stamp}-${process.version}-${process.arch}${extension}`;
}
function cacheFolder(env) {
  if (env.NODE_DISABLE_COMPILE_CACHE) return void 0;
  const uid = typeof process.getuid === "function" ? process.getuid() : void 0;
  const folder = env.NODE_COMPILE_CACHE ? path.join(path.resolve(env.NODE_COMPILE_CACHE), "plan-lint") : path.join(os.tmpdir(), uid === void 0 ? "plan-lint-compile-cache" : `plan-lint-compile-cache-${uid}`);
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 448 });
    const stats = fs.lstatSync(folder);
    if (!stats.isDirectory()) return void 0;
    if (uid !== void 0 && (stats.uid !== uid || (stats.mode & 63) !== 0)) return void 0;
    return folder;
  } catch {
    return void 0;
  }
}
function readCache(cacheFile) {
  let bytes;
  try {
    bytes = fs.readFileSync(cacheFile);
  } catch {
    return void 0;
  }
  if (bytes.length < 2 || bytes[0] !== partial && bytes[0] !== complete) return void 0;
  return { kind: bytes[0], data: bytes.subarray(1) };
}
function writeCache(folder, cacheFile, kind, data) {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, Buffer.concat([Buffer.from([kind]), data]), { mode: 384 });
    fs.renameSync(temporary, cacheFile);
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
    }
    return;
  }
  removeStale(folder, Date.now());
}
function removeStale(folder, now) {
  try {
    for (const name of fs.readdirSync(folder)) {
      if (!name.endsWith(extension) && !name.endsWith(".tmp")) continue;
      const file = path.join(folder, name);
      if (now - fs.statSync(file).mtimeMs > staleAfterMs) fs.rmSync(file, { force: true });
    }
  } catch {
  }
}

// scripts/bundle-entries/action.js
var bundle = loadBundle(new URL("./lib/plan-lint.cjs", import.meta.url), {
  build: "6eb8d0dea0590622",
  load: (specifier) => import(specifier),
  cache: false
});
var { runAction } = await bundle.exports.loadAction();
process.exitCode = await runAction({
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
});
