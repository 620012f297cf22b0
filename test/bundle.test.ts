/**
 * The committed bundles (`bundle/`, built by scripts/bundle.js): they match a
 * fresh build of the sources, they carry no machine's paths, and the CLI
 * bundle runs on its own, copied outside the repository with no node_modules
 * beside it, linting exactly as the workspace CLI does, a user's
 * configuration still loading plugins from the user's own node_modules.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {binPath, repoRoot, type CliResult} from './helpers/cli.js'
import {debrisPlan} from './helpers/plans.js'
import {removeTempProjects, tempProject} from './helpers/project.js'

const bundleDir = path.join(repoRoot, 'bundle')

function node(args: string[], cwd: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {cwd, env: {...process.env, NO_COLOR: '1'}, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
  })
}

/** Every file under a folder, relative, with `/`. */
function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

describe('the committed bundle', () => {
  it('matches a fresh build of the sources (`npm run bundle:check`)', async () => {
    const result = await node([path.join(repoRoot, 'scripts/bundle.js'), '--check'], repoRoot)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/^bundle\/ matches the sources/)
  })

  it('holds the two entries, their code in chunks and the licenses, and nothing of this machine', () => {
    const files = filesUnder(bundleDir)
    const chunks = files.filter((name) => name.startsWith('lib/'))
    expect(files).toEqual(['THIRD-PARTY-LICENSES.txt', 'action.mjs', ...chunks, 'plan-lint.mjs'])
    expect(chunks.length).toBeGreaterThan(0)
    for (const chunk of chunks) expect(chunk).toMatch(/^lib\/[\w-]+\.mjs$/)
    expect(fs.readFileSync(path.join(bundleDir, 'plan-lint.mjs'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/)
    for (const name of ['action.mjs', ...chunks, 'plan-lint.mjs']) {
      const text = fs.readFileSync(path.join(bundleDir, name), 'utf8')
      expect(text, name).not.toContain(repoRoot)
      expect(text, name).not.toContain('sourceMappingURL')
    }
    const licenses = fs.readFileSync(path.join(bundleDir, 'THIRD-PARTY-LICENSES.txt'), 'utf8')
    for (const name of ['unified-engine@', 'zod@', 'micromark@']) expect(licenses).toContain(name)
  })
})

describe('the CLI bundle, copied outside the repository', () => {
  let copy: string

  beforeAll(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-lint-bundle-'))
    fs.cpSync(bundleDir, path.join(copy, 'bundle'), {recursive: true})
  })

  afterAll(() => {
    fs.rmSync(copy, {recursive: true, force: true})
    removeTempProjects()
  })

  const bundled = () => path.join(copy, 'bundle', 'plan-lint.mjs')

  it('prints the CLI version', async () => {
    const result = await node([bundled(), '--version'], copy)
    const {version} = JSON.parse(fs.readFileSync(path.join(repoRoot, 'packages/cli/package.json'), 'utf8')) as {version: string}
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toBe(`${version}\n`)
  })

  it('lints examples/debris/plan.md as the workspace CLI does', async () => {
    const project = tempProject()
    for (const name of ['plan.md', 'spec.md']) {
      project.write(`specs/001/${name}`, fs.readFileSync(path.join(repoRoot, 'examples/debris', name), 'utf8'))
    }
    const stylish = await node([bundled(), 'specs/001/plan.md'], project.root)
    expect(stylish.code).toBe(1)
    expect(stylish.stderr).toBe('')
    expect(stylish.stdout).toContain('plan-no-placeholders')

    const fromBundle = await node([bundled(), '--format', 'json', 'specs/**/plan.md'], project.root)
    const fromWorkspace = await node([binPath, '--format', 'json', 'specs/**/plan.md'], project.root)
    expect(fromBundle.code).toBe(1)
    expect(JSON.parse(fromBundle.stdout)).toEqual(JSON.parse(fromWorkspace.stdout))
    expect(JSON.parse(fromBundle.stdout).summary).toMatchObject({files: 1, errors: 9, warnings: 1})
  })

  it('loads a preset a configuration names from the user’s node_modules, once', async () => {
    const project = tempProject({
      '.remarkrc.json': JSON.stringify({plugins: ['remark-preset-plan-spec-kit']}),
      'plan.md': debrisPlan
    }).linkPackages(['remark-preset-plan-spec-kit'])
    const fromBundle = await node([bundled(), '--format', 'json', 'plan.md'], project.root)
    const fromWorkspace = await node([binPath, '--format', 'json', 'plan.md'], project.root)
    expect(fromBundle.stderr).toBe('')
    expect(fromBundle.code).toBe(1)
    const report = JSON.parse(fromBundle.stdout) as {files: Array<{messages: Array<{ruleId: string; line: number; column: number}>}>}
    expect(report).toEqual(JSON.parse(fromWorkspace.stdout))
    const messages = report.files[0]?.messages ?? []
    expect(messages.length).toBeGreaterThan(0)
    const keys = messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('says which plugin a configuration names that is not installed', async () => {
    const project = tempProject({'.remarkrc.json': JSON.stringify({plugins: ['remark-preset-plan-missing']}), 'plan.md': debrisPlan})
    const result = await node([bundled(), 'plan.md'], project.root)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^plan-lint: .*remark-preset-plan-missing/)
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1)
  })
})
