import { code } from '../../text/markdown';
import { defineWorkspaceRule } from '../model';
import { referencedFiles } from '../composeReferences';

export default defineWorkspaceRule({
  id: 'compose/no-missing-referenced-file',
  target: 'compose',
  aliases: [],
  severity: 'error',
  questions: ['cc-cross-file-references'],
  subject: ['extends', 'secrets', 'configs'],
  summary: 'The files named by `extends.file` and by the `file:` of top-level `secrets` and `configs` must exist.',
  docs: {
    why:
      'Compose reads these files when it loads the project: a service that extends a missing file, or a ' +
      'secret or config whose `file:` is missing, stops `docker compose up` before anything starts.',
  },
  *check(workspace) {
    for (const file of workspace.documents) {
      if (file.target !== 'compose') continue;
      for (const composeFile of file.compose.files) {
        for (const { what, path } of referencedFiles(file.document, file.path, composeFile)) {
          if (workspace.exists(path.path) === false) yield { uri: file.uri, range: path.range, message: `${what}, ${code(path.written)}, does not exist.` };
        }
      }
    }
  },
});
