import { callsNamed } from '../programs';
import { defineDockerfileRule } from '../../../engine/rule';

const WHY: Record<string, string> = {
  ssh: 'connects to another machine during the build',
  vim: 'opens an interactive editor that no one can use in a build',
  nano: 'opens an interactive editor that no one can use in a build',
  shutdown: 'cannot shut down anything in a build container',
  service: 'starts a service that is gone when the RUN ends',
  systemctl: 'needs systemd, which does not run in a build container',
  ps: 'only lists the processes of this build step',
  free: 'reports the memory of the build machine, not of the container that will run',
  top: 'is an interactive monitor that no one can use in a build',
  mount: 'needs privileges a build step does not have; use `RUN --mount`',
  ifconfig: 'reports the network of the build container, not of the container that will run',
};
const POINTLESS = Object.keys(WHY);

export default defineDockerfileRule({
  id: 'dockerfile/no-pointless-command',
  aliases: ['DL3001'],
  severity: 'info',
  questions: ['cc-run-shell'],
  subject: ['systemctl', 'init system'],
  summary: 'Commands such as `service`, `systemctl`, `vim`, `ssh` or `top` make no sense in a RUN.',
  docs: {
    why:
      'Each RUN starts a fresh process in a throw-away container: a service started there is gone when the ' +
      'step ends, interactive tools wait for input forever, and process or memory tools report on the ' +
      'builder. Start services from CMD or ENTRYPOINT, and keep interactive tools out of the image.',
    bad: 'RUN service nginx start',
    good: 'CMD ["nginx", "-g", "daemon off;"]',
    differsFromHadolint:
      '`kill` is not reported (a RUN that starts a server in the background to seed it, then stops it, is sound); ' +
      '`nano` and `systemctl` are, beyond hadolint\'s list (not `systemctl enable` and its kin).',
  },
  *check({ document, dockerfile }) {
    for (const { command, program: word, name } of callsNamed(document, dockerfile, ...POINTLESS)) {
      if (name === 'systemctl' && /^(enable|disable|mask|unmask|set-default|preset)$/.test(command.words[1]?.value ?? '')) continue;
      yield { range: word.range, message: `\`${name}\` in a RUN ${WHY[name]}.` };
    }
  },
});
