/**
 * Loads the bundled plan-lint (`lib/plan-lint.cjs`: the CLI and the Action
 * in one CommonJS script) through V8's code cache.
 *
 * Compiling the bundle is most of what a short run costs beyond Node's own
 * start: about 60 ms to compile the script and the functions a run of one
 * file calls. V8 can keep that work as a code cache, and Node 20 gives
 * scripts (`vm.Script`) access to it, not ES modules (`module.enableCompileCache`
 * arrives with Node 22). So the bundle is a script: the first run compiles it
 * and, once it has linted its first files (`CliIo.firstLinted`), stores V8's
 * cache of everything it compiled; later runs start from that cache. V8 checks a cache against its own version and
 * flags and rejects one that does not fit; the cache's name holds the
 * bundle's build id (a hash of its text, written in by scripts/bundle.js),
 * its size and modification time, Node's version and the architecture, so
 * another build, an edited copy or another Node never reads it.
 *
 * Where: the folder `plan-lint-compile-cache-<uid>` in the system's
 * temporary folder, or `plan-lint` in `NODE_COMPILE_CACHE` when that names a
 * folder (Node 22's own setting); none when `NODE_DISABLE_COMPILE_CACHE` is
 * set. A cache is code this process runs, so the folder is used only when
 * it is a real folder (not a link) owned by this user and closed to others
 * (0700). Every failure to read or write a cache is silent: the run goes on
 * compiling as without one.
 */
import {isAscii} from 'node:buffer'
import fs from 'node:fs'
import Module from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import vm from 'node:vm'

/** The script as a function of what a CommonJS module gets, and an `import()` (scripts/lib/node-bundle.js compiles it so at build time). */
export const wrap = (text) => `(function (exports, require, module, __filename, __dirname, __planLintImport) {${text}\n})`

/** First byte of a cache file: what the run that wrote it had compiled. */
const partial = 0
const complete = 1
const extension = '.v8cache'
/** Caches of other builds and Node versions, removed when a new cache is written. */
const staleAfterMs = 14 * 24 * 60 * 60 * 1000

/**
 * @param {URL} url the CommonJS bundle
 * @param {{build: string, load: (specifier: string) => Promise<any>, cache?: boolean, env?: NodeJS.ProcessEnv}} options
 *   `build`: the build's id; `load`: the entry module's own `import()`,
 *   which the script calls for its `import()` expressions (Node 20 has no
 *   `import()` in a script compiled with a code cache; scripts/lib/node-bundle.js)
 * @returns {{exports: any, saveCache: (options: {complete: boolean}) => void}}
 */
export function loadBundle(url, {build, load, cache = true, env = process.env}) {
  const file = fileURLToPath(url)
  const bytes = fs.readFileSync(file)
  const folder = cache ? cacheFolder(env) : undefined
  const cacheFile = folder ? path.join(folder, cacheName(build, file)) : undefined
  const stored = cacheFile ? readCache(cacheFile) : undefined
  // The build writes the script in ASCII (scripts/lib/node-bundle.js): read as such, without UTF-8 decoding.
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8')
  const script = new vm.Script(wrap(source), {filename: file, cachedData: stored?.data})
  const module = {exports: {}}
  // A relative specifier is the script's own (none is, today: the script imports URLs and Node's modules).
  const importFromScript = (specifier) => load(/^\.\.?\//.test(specifier) ? new URL(specifier, url).href : specifier)
  script
    .runInThisContext()
    .call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file), importFromScript)
  /** What this process wrote, if anything. */
  let saved
  return {
    exports: module.exports,
    /**
     * Store what this process compiled, when no usable cache was there, or
     * when the one there was written by a run that linted nothing (`--help`)
     * and this run linted: a cache holds the functions its run called.
     * A process writes at most once for each kind.
     */
    saveCache(options) {
      if (!cacheFile || !folder) return
      const kind = options.complete ? complete : partial
      if (saved !== undefined && (saved === complete || kind === partial)) return
      const fits = stored !== undefined && !script.cachedDataRejected
      if (saved === undefined && fits && (stored.kind === complete || kind === partial)) return
      writeCache(folder, cacheFile, kind, script.createCachedData())
      saved = kind
    }
  }
}

/**
 * @param {string} build
 * @param {string} file
 */
function cacheName(build, file) {
  const stats = fs.statSync(file)
  const stamp = `${stats.size}-${Math.trunc(stats.mtimeMs)}`
  return `${build.replace(/[^\w-]/g, '').slice(0, 32)}-${stamp}-${process.version}-${process.arch}${extension}`
}

/** @param {NodeJS.ProcessEnv} env */
export function cacheFolder(env) {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined
  const folder = env.NODE_COMPILE_CACHE
    ? path.join(path.resolve(env.NODE_COMPILE_CACHE), 'plan-lint')
    : path.join(os.tmpdir(), uid === undefined ? 'plan-lint-compile-cache' : `plan-lint-compile-cache-${uid}`)
  try {
    fs.mkdirSync(folder, {recursive: true, mode: 0o700})
    const stats = fs.lstatSync(folder)
    if (!stats.isDirectory()) return undefined
    // POSIX: ours alone. (Windows has no owners here; its temporary folder is per user.)
    if (uid !== undefined && (stats.uid !== uid || (stats.mode & 0o077) !== 0)) return undefined
    return folder
  } catch {
    return undefined
  }
}

/** @param {string} cacheFile */
function readCache(cacheFile) {
  let bytes
  try {
    bytes = fs.readFileSync(cacheFile)
  } catch {
    return undefined
  }
  if (bytes.length < 2 || (bytes[0] !== partial && bytes[0] !== complete)) return undefined
  return {kind: bytes[0], data: bytes.subarray(1)}
}

/**
 * Write beside, then rename: a run reading the cache meanwhile sees the
 * old file or the new one, never half of one.
 */
function writeCache(folder, cacheFile, kind, data) {
  const temporary = `${cacheFile}.${process.pid}.tmp`
  try {
    fs.writeFileSync(temporary, Buffer.concat([Buffer.from([kind]), data]), {mode: 0o600})
    fs.renameSync(temporary, cacheFile)
  } catch {
    try {
      fs.rmSync(temporary, {force: true})
    } catch {
      // Nothing was written, or nothing can be.
    }
    return
  }
  removeStale(folder, Date.now())
}

function removeStale(folder, now) {
  try {
    for (const name of fs.readdirSync(folder)) {
      if (!name.endsWith(extension) && !name.endsWith('.tmp')) continue
      const file = path.join(folder, name)
      if (now - fs.statSync(file).mtimeMs > staleAfterMs) fs.rmSync(file, {force: true})
    }
  } catch {
    // Another run removing the same files; or an unreadable folder.
  }
}
