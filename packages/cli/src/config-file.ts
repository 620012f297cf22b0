/**
 * Where configuration comes from, as remark finds it: the nearest
 * `.remarkrc*` or `package.json#remarkConfig` above a file. The engine run
 * and error messages ("which config has the bad option?") share it.
 */
import path from 'node:path'
import {Configuration} from 'unified-engine'

export const configLookup = {rcName: '.remarkrc', packageField: 'remarkConfig', pluginPrefix: 'remark'} as const

/** The configuration file that applies to `file`, relative to `cwd`, when there is one. */
export function configFileOf(file: string, cwd: string): Promise<string | undefined> {
  const configuration = new Configuration({cwd, ...configLookup, detectConfig: true})
  return new Promise((resolve) => {
    configuration.load(path.resolve(cwd, file), (_error, result) => {
      resolve(result?.filePath ? path.relative(cwd, result.filePath) || result.filePath : undefined)
    })
  })
}
