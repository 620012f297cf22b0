/**
 * Which files a run lints: explicit files as given, plan files under
 * folders (`plan.md`, `*-plan.md`), and glob patterns.
 */
import {readdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'

export class UsageError extends Error {
  override name = 'UsageError'
}

const skippedFolders = new Set(['node_modules', '.git'])

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
        await walk(absolute, found, new Set(), cwd)
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
    if (!isDynamicPattern(input)) throw new UsageError(`No such file or folder: \`${input}\``)
    const matches = await glob(input, {cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true})
    if (matches.length === 0) throw new UsageError(`No files match \`${input}\``)
    for (const match of matches) found.add(path.resolve(match))
  }
  return [...found].sort()
}

async function walk(folder: string, found: Set<string>, visited: Set<string>, cwd: string): Promise<void> {
  // Symlinked folders are followed once: a link loop ends here.
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
      if (!skippedFolders.has(entry.name)) await walk(full, found, visited, cwd)
    } else if (entry.isSymbolicLink()) {
      const target = await stat(full).catch(() => undefined)
      if (target?.isDirectory()) {
        if (!skippedFolders.has(entry.name)) await walk(full, found, visited, cwd)
      } else if (target?.isFile() && isPlanFileName(entry.name)) found.add(full)
    } else if (entry.isFile() && isPlanFileName(entry.name)) {
      found.add(full)
    }
  }
}
