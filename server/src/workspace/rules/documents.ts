import { resolve } from 'node:path';
import type { Instruction } from 'dockerfile-ast';
import type { ComposeService } from '../../targets/compose/model';
import { keywordIs } from '../../targets/dockerfile/instructions';
import { stageChain, stagesOf, type Stage } from '../../targets/dockerfile/stages';
import { serviceBuild } from '../composeReferences';
import type { WorkspaceDocument, WorkspaceModel } from '../model';
import type { LocatedObject } from './kubernetesObjects';

type Of<T extends WorkspaceDocument['target']> = Extract<WorkspaceDocument, { target: T }>;

export function* composeServices(workspace: WorkspaceModel): Generator<{ file: Of<'compose'>; service: ComposeService }> {
  for (const file of workspace.documents) {
    if (file.target !== 'compose') continue;
    for (const service of file.compose.services) if (!service.partial) yield { file, service };
  }
}

const dockerfilesByPath = new WeakMap<WorkspaceModel, ReadonlyMap<string, Of<'dockerfile'>>>();

/** The Dockerfile of the workspace at `path`, looked up in a map of the model's Dockerfiles built once per model. */
export function dockerfileAt(workspace: WorkspaceModel, path: string): Of<'dockerfile'> | undefined {
  let byPath = dockerfilesByPath.get(workspace);
  if (!byPath) {
    const map = new Map<string, Of<'dockerfile'>>();
    for (const each of workspace.documents) if (each.target === 'dockerfile' && !map.has(resolve(each.path))) map.set(resolve(each.path), each);
    dockerfilesByPath.set(workspace, (byPath = map));
  }
  return byPath.get(resolve(path));
}

const locatedObjects = new WeakMap<WorkspaceModel, readonly LocatedObject[]>();

/** Every Kubernetes object of the workspace with its file, listed once per model (every rule reads the same list). */
export function kubernetesObjects(workspace: WorkspaceModel): readonly LocatedObject[] {
  let objects = locatedObjects.get(workspace);
  if (!objects) {
    objects = workspace.documents.flatMap((file) => (file.target === 'kubernetes' ? file.objects.map((object) => ({ uri: file.uri, document: file.document, object })) : []));
    locatedObjects.set(workspace, objects);
  }
  return objects;
}

/** The image a service builds from a Dockerfile of the workspace: that Dockerfile and the stage chain of its target (nearest first). */
export function builtImage(workspace: WorkspaceModel, file: Of<'compose'>, service: ComposeService): { dockerfile: Of<'dockerfile'>; chain: Stage[] } | undefined {
  const build = serviceBuild(file.document, file.path, service);
  if (!build?.dockerfile) return undefined;
  const dockerfile = dockerfileAt(workspace, build.dockerfile.path);
  if (!dockerfile) return undefined;
  const stages = stagesOf(dockerfile.dockerfile);
  const wanted = build.target?.name.toLowerCase();
  const stage = wanted === undefined ? stages.at(-1) : stages.find((each) => each.name === wanted);
  return stage && { dockerfile, chain: stageChain(stages, stage) };
}

/** The last instruction of `keyword` in the chain (the nearest stage wins), which is what the image keeps. */
export function lastInstruction(chain: readonly Stage[], keyword: string): Instruction | undefined {
  for (const stage of chain) {
    const found = stage.instructions.filter((instruction) => keywordIs(instruction, keyword)).at(-1);
    if (found) return found;
  }
  return undefined;
}

/** Partners nearest first: the same file, then the same folder, then the rest (in workspace order). */
export function nearestFirst<T extends { uri: string }>(partners: readonly T[], uri: string): T[] {
  const folder = uri.slice(0, uri.lastIndexOf('/') + 1);
  const distance = (partner: T) => (partner.uri === uri ? 0 : partner.uri.startsWith(folder) && !partner.uri.slice(folder.length).includes('/') ? 1 : 2);
  return [...partners].sort((a, b) => distance(a) - distance(b));
}
