/**
 * The benchmark's corpus (bench/src/corpus.js, plain JavaScript), typed for
 * the tests that lint or parse it.
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export interface CorpusDocument {
  path: string
  text: string
}

export interface CorpusOptions {
  seed?: number
  files?: number
  min?: number
  median?: number
  max?: number
}

const corpusModule = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'src', 'corpus.js')

export const {generateCorpus, seededRandom, realCorpusFiles, sharedCorpus} = (await import(corpusModule)) as {
  /** Seeded plans and specs of every style. */
  generateCorpus: (options?: CorpusOptions) => CorpusDocument[]
  seededRandom: (seed: number) => () => number
  /** The Markdown files of `../shared/corpus` (absolute paths, sorted), or none when it is absent. */
  realCorpusFiles: (root?: string) => string[]
  sharedCorpus: string
}
