/**
 * Which files a run lints: explicit files as given, plan files under
 * folders (`plan.md`, `*-plan.md`), and glob patterns.
 */
import {realpath as realpathCallback} from 'node:fs'
import {readdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {promisify} from 'node:util'

/** The C library's realpath: one call, where Node's own walks the path in JS, a stat per folder. */
const realpathNative = promisify(realpathCallback.native)

export class UsageError extends Error {
  override name = 'UsageError'
}

const skippedFolders = new Set(['node_modules', '.git'])

const escapes: Record<string, string> = {'\n': '\\n', '\r': '\\r', '\t': '\\t'}

/**
 * A text with its control characters escaped (`\n`, `\u0007`), so a file
 * name with a line break stays on one line of a report or message.
 */
export function printable(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f]/g,
    (character) => escapes[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

export function isPlanFileName(name: string): boolean {
  return name === 'plan.md' || name.endsWith('-plan.md')
}

/** Resolve the command-line paths to a sorted list of files (absolute). */
export async function discoverFiles(inputs: string[], cwd: string): Promise<string[]> {
  const found = new Set<string>()
  const targets = inputs.length > 0 ? inputs : ['.']
  for (const input of targets) {
    const absolute = path.resolve(cwd, input)
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error)
    if (!(info instanceof Error)) {
      if (info.isDirectory()) {
        const before = found.size
        const walking: Walk = {found, visited: new Set(), links: [], cwd}
        await walk(absolute, walking)
        // Folders reached through symlinks come last, so a folder also
        // reached directly is walked (and its plans named) as itself.
        for (let link = walking.links.shift(); link; link = walking.links.shift()) await walk(link, walking)
        if (found.size === before && inputs.length > 0) {
          throw new UsageError(`No plan files (plan.md, *-plan.md) found in \`${input}\``)
        }
        if (found.size === before) {
          throw new UsageError('No plan files (plan.md, *-plan.md) found under the current folder')
        }
      } else if (info.isFile()) {
        found.add(absolute)
      } else {
        throw new UsageError(`Cannot lint \`${input}\`: not a file or folder`)
      }
      continue
    }
    if (info.code !== 'ENOENT' && info.code !== 'ENOTDIR') {
      throw new UsageError(`Cannot read \`${input}\`: ${info.code ?? info.message}`)
    }
    // The glob library is loaded by the runs that name a pattern (hooks and editors name files).
    const {glob, isDynamicPattern} = await import('tinyglobby')
    if (!isDynamicPattern(input)) throw new UsageError(`No such file or folder: \`${input}\``)
    const matches = await glob(input, {cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true})
    if (matches.length === 0) throw new UsageError(`No files match \`${input}\``)
    for (const match of matches) found.add(path.resolve(match))
  }
  return onePathPerFile([...found].sort())
}

/**
 * One path for each real file: a file reached through symlinks too (a linked
 * file, a linked folder, a glob that follows a link loop) is linted once,
 * under its own path when that was found, else under the first path found.
 */
async function onePathPerFile(files: string[]): Promise<string[]> {
  const byRealPath = new Map<string, string>()
  // Asked all at once (libuv's threads take them in turn), kept in the files' order.
  const reals = await Promise.all(files.map((file) => realpathNative(file).catch(() => file)))
  for (const [index, file] of files.entries()) {
    const real = reals[index] as string
    const kept = byRealPath.get(real)
    if (kept === undefined || (file === real && kept !== real)) byRealPath.set(real, file)
  }
  return [...byRealPath.values()].sort()
}

interface Walk {
  found: Set<string>
  /** Real paths of the folders walked: each is walked once, so a link loop ends. */
  visited: Set<string>
  /** Symlinked folders met, walked after every folder reached without a link. */
  links: string[]
  cwd: string
}

async function walk(folder: string, walking: Walk): Promise<void> {
  const {found, visited, cwd} = walking
  const real = await realpath(folder).catch(() => undefined)
  if (!real || visited.has(real)) return
  visited.add(real)
  const entries = await readdir(folder, {withFileTypes: true}).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`Cannot read folder \`${path.relative(cwd, folder) || '.'}\`: ${error.code ?? error.message}`)
  })
  entries.sort((a, b) => a.name.localeCompare(b.name))
  for (const entry of entries) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) {
      if (!skippedFolders.has(entry.name)) await walk(full, walking)
    } else if (entry.isSymbolicLink()) {
      const target = await stat(full).catch(() => undefined)
      if (target?.isDirectory()) {
        if (!skippedFolders.has(entry.name)) walking.links.push(full)
      } else if (target?.isFile() && isPlanFileName(entry.name)) found.add(full)
    } else if (entry.isFile() && isPlanFileName(entry.name)) {
      found.add(full)
    }
  }
}
