/** The language a fenced code block gets when its fence has no tag: the first signature that matches. */
export function inferCodeLanguage(code: string): string {
  return languageSignatures.find(({ matches }) => matches(code))?.language ?? 'plaintext';
}

interface LanguageSignature {
  language: string;
  matches(code: string): boolean;
}

const dockerfileInstruction =
  /^(FROM|RUN|CMD|COPY|ADD|ENTRYPOINT|ENV|ARG|WORKDIR|USER|EXPOSE|VOLUME|LABEL|HEALTHCHECK|STOPSIGNAL|SHELL|ONBUILD)\s/;

const languageSignatures: readonly LanguageSignature[] = [
  { language: 'json', matches: isJson },
  { language: 'dockerfile', matches: (code) => /^FROM\s+\S/m.test(code) && meaningfulLines(code).every((line) => dockerfileInstruction.test(line) || /^\s/.test(line)) },
  { language: 'hcl', matches: (code) => /^\s*[a-z_]+(\s+"[^"]*")+\s*\{/m.test(code) },
  { language: 'haskell', matches: (code) => /^(module\s+[A-Z][\w.]*|import\s+(qualified\s+)?[A-Z][\w.]*|[a-z]\w*\s*::\s)/m.test(code) },
  { language: 'python', matches: (code) => /^(def \w+\(|class \w+[:(]|import \w+$|from [\w.]+ import )/m.test(code) },
  { language: 'yaml', matches: (code) => meaningfulLines(code).every(isYamlLine) && meaningfulLines(code).some(isYamlKey) },
  { language: 'bash', matches: (code) => /^(\$ |#!\/bin\/|(sudo |export |docker|kubectl|helm|podman|curl|apt-get|npm|pip|trivy|cosign|aws|az|gcloud)\b)/m.test(code) },
];

function meaningfulLines(code: string): string[] {
  return code.split('\n').filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
}

function isJson(code: string): boolean {
  const trimmed = code.trim();
  if (!/^[[{]/.test(trimmed)) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}

/** A mapping key without spaces (`image:`, `- name:`), unlike prose such as `Service A's SVID: ...`. */
function isYamlKey(line: string): boolean {
  return /^\s*(- )?[\w./-]+:(\s|$)/.test(line);
}

function isYamlLine(line: string): boolean {
  return isYamlKey(line) || /^\s*- \S/.test(line) || /^\s+\S/.test(line);
}
