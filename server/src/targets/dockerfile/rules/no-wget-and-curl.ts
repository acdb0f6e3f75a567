import type { CommandCall } from '../../../shell/commands';
import { callsNamed } from '../programs';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-wget-and-curl',
  aliases: ['DL4001'],
  severity: 'warning',
  questions: ['cc-verified-downloads'],
  subject: ['wget', 'curl'],
  summary: 'Download with `curl` or with `wget` in a stage, not both.',
  docs: {
    why:
      'Two tools that do the same job mean two packages to install, patch and scan, and two sets of flags ' +
      '(TLS, retries, failing on HTTP errors) to get right. Pick the one the base image already has. Each ' +
      '`RUN` of a stage that calls either, once the stage has used both, is reported at the download command.',
    bad: 'FROM debian:12\nRUN wget -q https://example.com/a.tar.gz\nRUN curl -fsSLO https://example.com/b.tar.gz',
    good: 'FROM debian:12\nRUN curl -fsSLO https://example.com/a.tar.gz\nRUN curl -fsSLO https://example.com/b.tar.gz',
  },
  *check({ document, dockerfile }) {
    const downloads = callsNamed(document, dockerfile, 'curl', 'wget');
    const byRun = new Map<CommandCall['instruction'], CommandCall[]>();
    for (const call of downloads) byRun.set(call.instruction, [...(byRun.get(call.instruction) ?? []), call]);
    const firstTool = new Map<CommandCall['stage'], string>();
    const seen = new Map<CommandCall['stage'], Set<string>>();
    for (const calls of byRun.values()) {
      const stage = calls[0].stage;
      if (!firstTool.has(stage)) firstTool.set(stage, calls[0].name);
      const tools = seen.get(stage) ?? new Set<string>();
      for (const call of calls) tools.add(call.name);
      seen.set(stage, tools);
      if (tools.size < 2) continue;
      const other = calls.find((call) => call.name !== firstTool.get(stage)) ?? calls[0];
      yield {
        range: other.program.range,
        message: `This stage downloads with both \`curl\` and \`wget\`: use ${firstTool.get(stage) === 'curl' ? '`curl`' : '`wget`'} for every download.`,
      };
    }
  },
});
