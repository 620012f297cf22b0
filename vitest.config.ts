import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'presets/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000
  }
})
