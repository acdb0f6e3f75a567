/**
 * The HTML of the question view, apart from VS Code so it can be tested. Everything shown comes from the
 * bank and the rule catalog: their HTML was built without raw HTML from the sources, and every other
 * string is escaped here. The page runs one nonce'd script and may load nothing.
 */
import type { Question } from '../../common/src/bank';
import type { RuleInfo } from '../../common/src/ruleCatalog';
import { questionLabel, questionTag } from './questionBank';

export interface PageLink {
  id: string;
  label: string;
}

export interface Navigation {
  canGoBack: boolean;
  canGoForward: boolean;
}

export interface QuestionPage {
  question: Question;
  /** Rules that cite the question. */
  rules: readonly RuleInfo[];
  /** Related questions that exist in the bank. */
  related: readonly PageLink[];
}

export interface RulePage {
  rule: RuleInfo;
  /** The questions that explain the rule. */
  questions: readonly PageLink[];
}

/** What the page may ask for. Anything else it posts is ignored. */
export type ViewMessage =
  | { type: 'openQuestion'; id: string }
  | { type: 'openRule'; id: string }
  | { type: 'copyCode' | 'insertCode'; questionId: string; index: number }
  | { type: 'back' | 'forward' };

export interface MessageContext {
  hasQuestion(id: string): boolean;
  hasRule(id: string): boolean;
  /** How many code blocks the question has (0 when it is unknown). */
  codeBlockCount(questionId: string): number;
}

/** Validates a message from the webview: known type, known ids, a code block index in range. */
export function parseViewMessage(data: unknown, context: MessageContext): ViewMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Record<string, unknown>;
  switch (message.type) {
    case 'back':
    case 'forward':
      return { type: message.type };
    case 'openQuestion':
      return typeof message.id === 'string' && context.hasQuestion(message.id) ? { type: 'openQuestion', id: message.id } : undefined;
    case 'openRule':
      return typeof message.id === 'string' && context.hasRule(message.id) ? { type: 'openRule', id: message.id } : undefined;
    case 'copyCode':
    case 'insertCode': {
      const { questionId, index } = message;
      if (typeof questionId !== 'string' || !context.hasQuestion(questionId)) return undefined;
      if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= context.codeBlockCount(questionId)) return undefined;
      return { type: message.type, questionId, index };
    }
    default:
      return undefined;
  }
}

export function renderQuestionPage(page: QuestionPage, navigation: Navigation, nonce: string): string {
  const { question } = page;
  const facts = [question.topic, ...question.tags.map((tag) => `#${tag}`)].map((fact) => `<span>${escapeHtml(fact)}</span>`).join(' ');
  const rules =
    page.rules.length === 0
      ? ''
      : section(
          'cc-rules',
          'Rules that link here',
          `<ul>${page.rules
            .map(
              (rule) =>
                `<li><button class="cc-link" data-action="openRule" data-id="${escapeHtml(rule.id)}">${escapeHtml(rule.id)}</button>` +
                ` <span class="cc-severity cc-severity-${escapeHtml(rule.severity)}">${escapeHtml(rule.severity)}</span>${rule.html.summary}</li>`,
            )
            .join('')}</ul>`,
        );
  const related = page.related.length === 0 ? '' : section('cc-related', 'Related questions', linkList(page.related, 'openQuestion'));
  const body = withCodeActions(question.html, question.id);
  const footer =
    question.origin === 'container-coach'
      ? 'Written by Container Coach; not from the source documents. Its sources are listed above.'
      : `From the source document “${question.documentTitle ?? question.source.fileName}” (${question.source.fileName}, line ${question.source.line}).`;
  return document(questionLabel(question), navigation, nonce, `
<header>
<p class="cc-kicker${question.origin === 'container-coach' ? ' cc-own-kicker' : ''}">${escapeHtml(questionTag(question))}${question.origin === 'container-coach' ? ' · our own question' : ''}</p>
<h1 id="cc-title" data-question="${escapeHtml(question.id)}">${titleHtml(question.title)}</h1>
<p class="cc-facts">${facts}</p>
</header>
<main id="cc-body">
${body}
</main>
${rules}
${related}
<footer><p>${escapeHtml(footer)}</p></footer>`);
}

export function renderRulePage(page: RulePage, navigation: Navigation, nonce: string): string {
  const { rule } = page;
  const example = (title: string, html: string | undefined, kind: string) => (html === undefined ? '' : section(`cc-example cc-${kind}`, title, html));
  const aliases = rule.aliases.length === 0 ? '' : `<p class="cc-facts">Also known as ${rule.aliases.map((alias) => `<code>${escapeHtml(alias)}</code>`).join(', ')}</p>`;
  const questions = page.questions.length === 0 ? '' : section('cc-related', 'Explained in', linkList(page.questions, 'openQuestion'));
  return document(rule.id, navigation, nonce, `
<header>
<p class="cc-kicker">Rule · <span class="cc-severity cc-severity-${escapeHtml(rule.severity)}">${escapeHtml(rule.severity)}</span></p>
<h1 id="cc-title" data-rule="${escapeHtml(rule.id)}">${escapeHtml(rule.id)}</h1>
${aliases}
</header>
<main id="cc-body">
<section class="cc-summary">${rule.html.summary}</section>
${section('cc-why', 'Why', rule.html.why)}
${rule.html.differsFromHadolint === undefined ? '' : section('cc-hadolint', 'Differs from hadolint', rule.html.differsFromHadolint)}
${example('Instead of', rule.html.bad, 'bad')}
${example('Write', rule.html.good, 'good')}
${rule.html.fix === undefined ? '' : section('cc-fix', 'Quick fix', rule.html.fix)}
${rule.html.offByDefault === undefined ? '' : section('cc-off', 'Off by default', rule.html.offByDefault)}
</main>
${questions}`);
}

/** A title with its inline code (`docker buildx`) as `<code>`, everything else escaped. */
export function titleHtml(title: string): string {
  return title
    .split(/(`[^`]+`)/)
    .map((part) => (/^`[^`]+`$/.test(part) ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : escapeHtml(part)))
    .join('');
}

function section(className: string, heading: string, html: string): string {
  return `<section class="${className}">\n<h2>${escapeHtml(heading)}</h2>\n${html}\n</section>`;
}

function linkList(links: readonly PageLink[], action: string): string {
  return `<ul>${links.map((link) => `<li><button class="cc-link" data-action="${action}" data-id="${escapeHtml(link.id)}">${escapeHtml(link.label)}</button></li>`).join('')}</ul>`;
}

/** Puts Copy and Insert at cursor above each code block of the bank's HTML (`<pre class="cc-code" data-code-index="i">`). */
export function withCodeActions(html: string, questionId: string): string {
  const id = escapeHtml(questionId);
  return html.replace(
    /<pre class="cc-code" data-code-index="(\d+)"/g,
    (pre, index: string) =>
      `<div class="cc-code-actions">` +
      `<button data-action="copyCode" data-question="${id}" data-index="${index}" title="Copy to the clipboard">Copy</button>` +
      `<button data-action="insertCode" data-question="${id}" data-index="${index}" title="Insert into the last active editor">Insert at cursor</button>` +
      `</div>${pre}`,
  );
}

function document(title: string, navigation: Navigation, nonce: string, body: string): string {
  const disabled = (enabled: boolean) => (enabled ? '' : ' disabled');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${styles}</style>
</head>
<body>
<nav class="cc-nav">
<button data-action="back" title="Back (Alt+Left)" aria-label="Back"${disabled(navigation.canGoBack)}>&#8592; Back</button>
<button data-action="forward" title="Forward (Alt+Right)" aria-label="Forward"${disabled(navigation.canGoForward)}>Forward &#8594;</button>
<span id="cc-status" role="status" aria-live="polite"></span>
</nav>
<div id="cc-page" tabindex="-1">
${body}
</div>
<script nonce="${nonce}">${script}</script>
</body>
</html>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEntities[char]!);
}

const htmlEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Posts a message for each click on `[data-action]`; shows the status texts the extension sends back. */
const script = `
const vscode = acquireVsCodeApi();
const status = document.getElementById('cc-status');
document.getElementById('cc-page').focus({ preventScroll: true });
const post = (element) => {
  const type = element.dataset.action;
  if (type === 'copyCode' || type === 'insertCode') vscode.postMessage({ type, questionId: element.dataset.question, index: Number(element.dataset.index) });
  else if (type === 'openQuestion' || type === 'openRule') vscode.postMessage({ type, id: element.dataset.id });
  else vscode.postMessage({ type });
};
document.addEventListener('click', (event) => {
  const element = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
  if (element && !element.disabled) post(element);
});
document.addEventListener('keydown', (event) => {
  if (event.altKey && event.key === 'ArrowLeft') vscode.postMessage({ type: 'back' });
  if (event.altKey && event.key === 'ArrowRight') vscode.postMessage({ type: 'forward' });
});
window.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'status' && typeof event.data.text === 'string') status.textContent = event.data.text;
});
`;

/**
 * Theme colours only: VS Code sets these variables in every webview, for light, dark and high-contrast themes.
 * The page scrolls in #cc-page, not the window: VS Code restores the window's scroll position when the
 * HTML is replaced, and a question just opened should start at its top.
 */
const styles = `
html, body { height: 100%; margin: 0; padding: 0; overflow: hidden; }
body { display: flex; flex-direction: column; font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); line-height: 1.55; }
#cc-page { flex: 1; overflow-y: auto; padding: 0 1.4em 2em; outline: none; }
#cc-page > * { max-width: 60em; }
h1 { font-size: 1.5em; margin: 0.2em 0 0.3em; }
h2 { font-size: 1.15em; margin-top: 1.4em; border-bottom: 1px solid var(--vscode-panel-border, transparent); padding-bottom: 0.2em; }
a { color: var(--vscode-textLink-foreground); }
a:hover { color: var(--vscode-textLink-activeForeground); }
code { font-family: var(--vscode-editor-font-family); font-size: 0.95em; color: var(--vscode-textPreformat-foreground); background: var(--vscode-textPreformat-background, transparent); padding: 0 0.2em; border-radius: 3px; }
pre { background: var(--vscode-textCodeBlock-background); padding: 0.8em 1em; overflow-x: auto; border-radius: 4px; margin-top: 0; }
pre code { color: var(--vscode-editor-foreground); background: none; padding: 0; font-size: var(--vscode-editor-font-size); }
table { border-collapse: collapse; margin: 0.8em 0; }
th, td { border: 1px solid var(--vscode-panel-border, var(--vscode-foreground)); padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
blockquote { margin: 0.8em 0; padding: 0.1em 1em; border-left: 4px solid var(--vscode-textBlockQuote-border); background: var(--vscode-textBlockQuote-background); }
button { font-family: inherit; font-size: 0.9em; color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); border: 1px solid var(--vscode-button-border, transparent); border-radius: 2px; padding: 0.15em 0.7em; cursor: pointer; }
button:hover:not(:disabled) { background: var(--vscode-button-secondaryHoverBackground); }
button:disabled { opacity: 0.45; cursor: default; }
button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
button.cc-link { color: var(--vscode-textLink-foreground); background: none; border: none; padding: 0; font-size: inherit; text-align: left; }
button.cc-link:hover { color: var(--vscode-textLink-activeForeground); text-decoration: underline; background: none; }
.cc-nav { flex: none; display: flex; gap: 0.5em; align-items: center; padding: 0.6em 1.4em; border-bottom: 1px solid var(--vscode-panel-border, transparent); }
#cc-status { color: var(--vscode-descriptionForeground); font-size: 0.9em; margin-left: 0.5em; }
.cc-kicker, .cc-facts, footer { color: var(--vscode-descriptionForeground); font-size: 0.9em; margin: 0.6em 0 0; }
.cc-facts span { margin-right: 0.5em; }
.cc-code-actions { display: flex; justify-content: flex-end; gap: 0.4em; margin-top: 0.8em; padding: 0.3em; background: var(--vscode-textCodeBlock-background); border-radius: 4px 4px 0 0; }
.cc-code-actions + pre { border-radius: 0 0 4px 4px; }
.cc-own { border-left: 4px solid var(--vscode-editorInfo-foreground, var(--vscode-textLink-foreground)); background: var(--vscode-inputValidation-infoBackground, var(--vscode-textBlockQuote-background)); padding: 0.2em 1em; margin: 1em 0; border-radius: 0 4px 4px 0; }
.cc-note-title { font-weight: 600; margin: 0.5em 0 0; }
.cc-note-title::before { content: "\\2139\\FE0E  "; }
.cc-rules ul, .cc-related ul { padding-left: 1.2em; }
.cc-rules li p { display: inline; margin: 0 0 0 0.4em; }
.cc-rules li, .cc-related li { margin: 0.3em 0; }
.cc-severity { display: inline-block; font-size: 0.8em; padding: 0 0.5em; border-radius: 8px; border: 1px solid currentColor; }
.cc-severity-error { color: var(--vscode-editorError-foreground); }
.cc-severity-warning { color: var(--vscode-editorWarning-foreground); }
.cc-severity-info, .cc-severity-hint { color: var(--vscode-editorInfo-foreground); }
.cc-bad h2 { color: var(--vscode-editorError-foreground); }
.cc-good h2 { color: var(--vscode-testing-iconPassed, var(--vscode-foreground)); }
.hljs-comment, .hljs-quote { color: var(--vscode-descriptionForeground); font-style: italic; }
.hljs-keyword, .hljs-selector-tag, .hljs-section, .hljs-name, .hljs-tag { color: var(--vscode-symbolIcon-keywordForeground, var(--vscode-textLink-foreground)); }
.hljs-built_in, .hljs-type, .hljs-class .hljs-title, .hljs-title.class_ { color: var(--vscode-symbolIcon-classForeground, var(--vscode-textLink-foreground)); }
.hljs-string, .hljs-regexp, .hljs-symbol, .hljs-link { color: var(--vscode-debugTokenExpression-string, var(--vscode-textPreformat-foreground)); }
.hljs-number, .hljs-literal { color: var(--vscode-debugTokenExpression-number, var(--vscode-textPreformat-foreground)); }
.hljs-variable, .hljs-template-variable, .hljs-params { color: var(--vscode-symbolIcon-variableForeground, var(--vscode-foreground)); }
.hljs-attr, .hljs-attribute, .hljs-property, .hljs-selector-attr, .hljs-selector-class, .hljs-selector-id { color: var(--vscode-symbolIcon-propertyForeground, var(--vscode-foreground)); }
.hljs-title, .hljs-title.function_ { color: var(--vscode-symbolIcon-functionForeground, var(--vscode-foreground)); }
.hljs-meta, .hljs-meta .hljs-keyword { color: var(--vscode-symbolIcon-constantForeground, var(--vscode-descriptionForeground)); }
.hljs-addition { color: var(--vscode-gitDecoration-addedResourceForeground); }
.hljs-deletion { color: var(--vscode-gitDecoration-deletedResourceForeground); }
.hljs-emphasis { font-style: italic; }
.hljs-strong { font-weight: bold; }
`;
