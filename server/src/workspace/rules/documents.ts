import { resolve } from 'node:path';
import type { ComposeService } from '../../targets/compose/model';
import type { WorkspaceDocument, WorkspaceModel } from '../model';
import type { LocatedObject } from './kubernetesObjects';

type Of<T extends WorkspaceDocument['target']> = Extract<WorkspaceDocument, { target: T }>;

export function* composeServices(workspace: WorkspaceModel): Generator<{ file: Of<'compose'>; service: ComposeService }> {
  for (const file of workspace.documents) {
    if (file.target !== 'compose') continue;
    for (const service of file.compose.services) if (!service.partial) yield { file, service };
  }
}

export function dockerfileAt(workspace: WorkspaceModel, path: string): Of<'dockerfile'> | undefined {
  const wanted = resolve(path);
  return workspace.documents.find((each): each is Of<'dockerfile'> => each.target === 'dockerfile' && resolve(each.path) === wanted);
}

export function kubernetesObjects(workspace: WorkspaceModel): LocatedObject[] {
  return workspace.documents.flatMap((file) => (file.target === 'kubernetes' ? file.objects.map((object) => ({ uri: file.uri, document: file.document, object })) : []));
}
