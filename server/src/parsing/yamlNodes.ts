import * as yaml from 'yaml';

/**
 * The `yaml` package's node type guards, read once. A bundle reads each named import of a CommonJS package
 * through a getter at every use, and these run for every node that rules, fixes and edits look at.
 */
export const { isAlias, isMap, isNode, isPair, isScalar, isSeq } = yaml;
