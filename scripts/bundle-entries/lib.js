// Everything the entries run, as one CommonJS script (see load-bundle.js).
export {run} from '../../packages/cli/dist/cli.js'

/** The Action's own code (and the Node modules it needs) runs only in the Action. */
export const loadAction = () => import('../../packages/cli/dist/action.js')
