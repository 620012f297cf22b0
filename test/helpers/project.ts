/**
 * Throw-away project folders under the OS temp folder: each test writes its
 * plans and configuration there and runs the CLI with it as cwd. Being
 * outside the repository, no `.remarkrc*` or `.remarkignore` of the repo
 * leaks in.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {repoRoot} from './cli.js'

/** Workspace packages a temp project can `import` or name in a config. */
export const workspacePackages: Record<string, string> = {
  'remark-preset-plan-spec-kit': 'presets/spec-kit',
  'remark-preset-plan-spec-plan': 'presets/spec-plan',
  'remark-preset-plan-speckitadv': 'presets/speckitadv',
  'remark-preset-plan-spec-kit-gates': 'presets/spec-kit-gates',
  'remark-preset-plan-technical-plan': 'presets/technical-plan',
  '@plan-lint/rules': 'packages/rules',
  '@plan-lint/core': 'packages/core',
  'plan-lint': 'packages/cli'
}

export class TempProject {
  readonly root: string

  constructor(files: Record<string, string> = {}) {
    this.root = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-lint-cli-'))
    for (const [name, content] of Object.entries(files)) this.write(name, content)
  }

  /** Absolute path of a project-relative path. */
  path(relative: string): string {
    return path.join(this.root, relative)
  }

  /**
   * Write a file. A plan (`plan.md`, `*-plan.md`) gets a minimal `spec.md`
   * beside it unless one is there, as real plans have: its spec link then
   * resolves. Tests about specs write their own, or call `remove`.
   */
  write(relative: string, content: string): this {
    const target = this.path(relative)
    fs.mkdirSync(path.dirname(target), {recursive: true})
    fs.writeFileSync(target, content)
    if (/(?:^|[-_/])plan\.md$/.test(relative)) {
      const spec = path.join(path.dirname(target), 'spec.md')
      if (!fs.existsSync(spec)) fs.writeFileSync(spec, '# Feature Specification\n\nWhat the plan answers to.\n')
    }
    return this
  }

  remove(relative: string): this {
    fs.rmSync(this.path(relative), {recursive: true, force: true})
    return this
  }

  read(relative: string): string {
    return fs.readFileSync(this.path(relative), 'utf8')
  }

  exists(relative: string): boolean {
    return fs.existsSync(this.path(relative))
  }

  mkdir(relative: string): this {
    fs.mkdirSync(this.path(relative), {recursive: true})
    return this
  }

  symlink(relative: string, target: string): this {
    const link = this.path(relative)
    fs.mkdirSync(path.dirname(link), {recursive: true})
    fs.symlinkSync(target, link)
    return this
  }

  /**
   * Make workspace packages resolvable from the project, as if installed:
   * `node_modules/<name>` links to the package folder in this repository.
   * Node resolves their own dependencies from the real path.
   */
  linkPackages(names: string[] = Object.keys(workspacePackages)): this {
    for (const name of names) {
      const folder = workspacePackages[name]
      if (!folder) throw new Error(`Unknown workspace package \`${name}\``)
      this.symlink(path.join('node_modules', name), path.join(repoRoot, folder))
    }
    return this
  }

  /** Delete the whole project folder. */
  destroy(): void {
    // Restore permissions first so a chmod 000 file cannot block removal.
    const walk = (folder: string) => {
      for (const entry of fs.readdirSync(folder, {withFileTypes: true})) {
        const full = path.join(folder, entry.name)
        if (entry.isSymbolicLink()) continue
        fs.chmodSync(full, entry.isDirectory() ? 0o755 : 0o644)
        if (entry.isDirectory()) walk(full)
      }
    }
    try {
      walk(this.root)
    } finally {
      fs.rmSync(this.root, {recursive: true, force: true})
    }
  }
}

const created: TempProject[] = []

/** A new temp project, removed by {@link removeTempProjects}. */
export function tempProject(files: Record<string, string> = {}): TempProject {
  const project = new TempProject(files)
  created.push(project)
  return project
}

/** Remove every project {@link tempProject} made (call from `afterAll`). */
export function removeTempProjects(): void {
  for (const project of created.splice(0)) project.destroy()
}
