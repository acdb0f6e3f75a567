import { flagsOf, byKeyword } from '../instructions';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-run-host-network',
  aliases: [],
  severity: 'warning',
  questions: ['cc-build-secrets'],
  subject: ['--network=host', 'RUN --network'],
  summary: 'Do not give build steps the host network (`RUN --network=host`).',
  docs: {
    why:
      'With `--network=host` the step shares the build host\'s network: it can reach services bound to ' +
      'localhost, the cloud metadata endpoint and internal networks, and the result depends on the ' +
      'machine that builds it. It also needs the `network.host` entitlement.',
    bad: 'RUN --network=host pip install -r requirements.txt',
    good: 'RUN pip install --no-cache-dir -r requirements.txt',
  },
  *check({ dockerfile }) {
    for (const instruction of byKeyword(dockerfile, 'RUN')) {
      const flags = flagsOf(instruction);
      for (const flag of flags) {
        if (flag.getName() !== 'network' || flag.getValue() !== 'host') continue;
        yield { range: flag.getRange(), message: '`--network=host` gives this step the build host\'s network, including services on localhost.' };
      }
    }
  },
});
