import type { Instruction } from 'dockerfile-ast';
import { commandCalls, type CommandCall } from '../../../shell/commands';
import type { ShellWord } from '../../../shell/tokenizer';
import { cacheMountTargets, hasCacheMount } from '../runs';
import { isStageUsed, stagesOf } from '../stages';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

/** A build tool that downloads into a cache directory, and the commands of it that do. */
interface CacheTool {
  alias: string;
  tool: string;
  /** The directory to mount, as it is for root with the tool's default settings. */
  directory: string;
  /** A mount whose target contains one of these is taken to be the tool's cache, wherever it is. */
  marks: string[];
  /** The word of the call that downloads (its subcommand or goal), or undefined when the call does not. */
  downloads(call: CommandCall): ShellWord | undefined;
}

const words = (call: CommandCall): ShellWord[] => call.args.filter((word) => !/^[-+]/.test(word.value));
/** The first `count` words of `words(call)`, without reading the rest (a 1 MB `RUN echo a a a …`). */
function firstWords(call: CommandCall, count: number): ShellWord[] {
  const found: ShellWord[] = [];
  for (let i = 0; i < call.args.length && found.length < count; i++) if (!/^[-+]/.test(call.args[i].value)) found.push(call.args[i]);
  return found;
}
const subcommand = (programs: string[], subcommands: string[]) => (call: CommandCall): ShellWord | undefined => {
  if (!programs.includes(call.name)) return undefined;
  const [first] = firstWords(call, 1);
  return first && subcommands.includes(first.value) ? first : undefined;
};

const TOOLS: CacheTool[] = [
  {
    alias: 'DL3068', tool: 'npm', directory: '/root/.npm', marks: ['.npm'],
    downloads: subcommand(['npm'], ['install', 'i', 'in', 'ins', 'inst', 'insta', 'instal', 'isntall', 'add', 'ci', 'clean-install', 'install-ci-test', 'it', 'cit']),
  },
  {
    alias: 'DL3069', tool: 'cargo', directory: '/usr/local/cargo/registry', marks: ['cargo'],
    downloads: subcommand(['cargo'], ['build', 'install', 'fetch', 'test', 'check', 'clippy']),
  },
  {
    alias: 'DL3070', tool: 'go', directory: '/root/.cache/go-build', marks: ['go-build', 'pkg/mod'],
    downloads: (call) => (call.name !== 'go' || /^mod (init|edit)$/.test(firstWords(call, 2).map((word) => word.value).join(' ')) ? undefined : subcommand(['go'], ['build', 'get', 'install', 'test', 'mod'])(call)),
  },
  {
    alias: 'DL3071', tool: 'Maven', directory: '/root/.m2/repository', marks: ['.m2'],
    downloads: (call) => (/^mvnw?$/.test(call.name)
      ? words(call).find((word) => /^(install|compile|package|test|verify|deploy|dependency:(resolve|resolve-plugins|go-offline))$/.test(word.value))
      : undefined),
  },
  {
    alias: 'DL3072', tool: 'Gradle', directory: '/root/.gradle/caches', marks: ['.gradle'],
    downloads: (call) => (/^gradlew?$/.test(call.name) ? call.program : undefined),
  },
  {
    alias: 'DL3073', tool: 'Composer', directory: '/root/.composer/cache', marks: ['composer'],
    downloads: subcommand(['composer'], ['install', 'update', 'require']),
  },
  {
    alias: 'DL3074', tool: 'NuGet', directory: '/root/.nuget/packages', marks: ['nuget'],
    downloads: (call) => (!/^(dotnet|nuget)$/.test(call.name) || call.args.some((word) => word.value === '--no-restore')
      ? undefined
      : subcommand(['dotnet'], ['restore', 'build', 'publish', 'test'])(call) ?? subcommand(['nuget'], ['restore'])(call)),
  },
  {
    alias: 'DL3075', tool: 'pnpm', directory: '/root/.local/share/pnpm/store', marks: ['pnpm'],
    downloads: subcommand(['pnpm'], ['install', 'i', 'add', 'fetch']),
  },
  {
    alias: 'DL3076', tool: 'Mix', directory: '/root/.hex/packages', marks: ['.hex', '.mix'],
    downloads: subcommand(['mix'], ['deps.get', 'deps.compile', 'compile']),
  },
  {
    alias: 'DL3077', tool: 'RubyGems', directory: '/usr/local/bundle/cache', marks: ['.gem', 'bundle'],
    downloads: (call) => subcommand(['gem'], ['install', 'i'])(call) ?? subcommand(['bundle', 'bundler'], ['install', 'update'])(call),
  },
];

function mounted(call: CommandCall, tool: CacheTool): boolean {
  return hasCacheMount(call.instruction, tool.directory) ||
    cacheMountTargets(call.instruction).some((target) => tool.marks.some((mark) => target.includes(mark)));
}

export default defineDockerfileRule({
  id: 'dockerfile/prefer-cache-mount',
  aliases: TOOLS.map((tool) => tool.alias),
  severity: 'info',
  fixSafety: 'unsafe',
  questions: ['cc-package-installs'],
  subject: ['--mount=type=cache'],
  summary: 'A RUN that downloads dependencies with npm, cargo, go, Maven, Gradle, Composer, NuGet, pnpm, Mix or RubyGems should mount a BuildKit cache over the download cache.',
  docs: {
    why:
      'Without a cache mount every rebuild of the layer downloads every dependency again, and the download ' +
      'cache stays in the image. `RUN --mount=type=cache,target=<cache directory>` keeps it on the builder ' +
      'between builds and out of the image. The directory depends on the user and the tool\'s settings ' +
      '(`CARGO_HOME`, `GOMODCACHE`, `npm_config_cache`, …), so check it before adding the mount.',
    bad: 'RUN npm ci',
    good: 'RUN --mount=type=cache,target=/root/.npm npm ci',
    differsFromHadolint:
      'one rule for the ten hadolint checks, so `# hadolint ignore=DL3068` silences the suggestion for every tool of ' +
      'that instruction; one finding per tool and RUN; `npm i` and the other abbreviations of `npm install`, `mvnw` and ' +
      '`mvn dependency:go-offline` count, and `dotnet … --no-restore` and `go mod init` do not; silent in a stage ' +
      'the build never uses. The directories it names are the download caches only: `/usr/local/cargo/registry` ' +
      '(the official rust image\'s `CARGO_HOME`), `/root/.m2/repository`, `/root/.gradle/caches`, `/root/.hex/packages` ' +
      'and `/usr/local/bundle/cache`, since a cache mounted over all of `/usr/local/bundle` (where the ruby image ' +
      'installs gems) would take the installed gems out of the image.',
  },
  *check({ document, dockerfile }) {
    const stages = stagesOf(dockerfile);
    for (const tool of TOOLS) {
      const reported = new Set<Instruction>();
      for (const call of commandCalls(document, dockerfile)) {
        const word = tool.downloads(call);
        if (!word || reported.has(call.instruction) || mounted(call, tool) || (call.stage && !isStageUsed(stages, call.stage))) continue;
        reported.add(call.instruction);
        const end = call.instruction.getInstructionRange().end;
        yield {
          range: word.range,
          message: `${tool.tool} downloads into its cache again on every rebuild of this layer and leaves it in the image: mount a BuildKit cache there (${code(`--mount=type=cache,target=${tool.directory}`)} for root with default settings).`,
          fixes: [{ title: `Mount a cache at ${tool.directory}`, edits: [{ range: { start: end, end }, newText: ` --mount=type=cache,target=${tool.directory}` }] }],
        };
      }
    }
  },
});
