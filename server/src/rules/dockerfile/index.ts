import type { DockerfileRule } from '../rule';
import preferExecForm from './prefer-exec-form';

/** The Dockerfile rules; keep the list sorted by file name. */
export const dockerfileRules: DockerfileRule[] = [preferExecForm];
