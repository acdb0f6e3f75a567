import type { Rule } from '../../../server/src/engine/rule';
import { isBuildkitCheck } from '../../../server/src/settings/neighbours';

/** Another tool's documentation page for an alias of a rule of `target`, or undefined when we know none. */
function aliasDocs(alias: string, target: Rule['target']): string | undefined {
  if (target === 'dockerfile' && /^DL\d{4}$/.test(alias)) return `https://github.com/hadolint/hadolint/wiki/${alias}`;
  if (target === 'dockerfile' && /^DS\d{3}$/.test(alias)) return `https://avd.aquasec.com/misconfig/${alias.toLowerCase()}`;
  if (target === 'dockerfile' && isBuildkitCheck(alias)) return `https://docs.docker.com/reference/build-checks/${kebabCase(alias)}/`;
  if (target === 'kubernetes' && /^KSV\d{3}$/.test(alias)) return `https://avd.aquasec.com/misconfig/${alias.toLowerCase()}`;
  if (target === 'kubernetes' && /^[a-z]+(?:-[a-z0-9]+)*$/.test(alias)) return `https://docs.kubelinter.io/#/generated/checks?id=${alias}`;
  return undefined;
}

/** The upstream page of the first alias that has one: hadolint's wiki, Docker's build checks, kube-linter's checks, Trivy's AVD. */
export function upstreamDocsUri(rule: Rule): string | undefined {
  for (const alias of rule.aliases) {
    const uri = aliasDocs(alias, rule.target);
    if (uri) return uri;
  }
  return undefined;
}

/** `JSONArgsRecommended` → `json-args-recommended`, as Docker names its build-check pages. */
export function kebabCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2').toLowerCase();
}
