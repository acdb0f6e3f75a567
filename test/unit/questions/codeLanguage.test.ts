import assert from 'node:assert/strict';
import { inferCodeLanguage } from '../../../scripts/bank/codeLanguage';

describe('inferCodeLanguage', () => {
  const cases: Array<[expected: string, code: string]> = [
    ['dockerfile', 'FROM node:22-alpine\nWORKDIR /app\nRUN npm ci \\\n  --omit=dev\nCMD ["node", "server.js"]'],
    ['dockerfile', '# syntax=docker/dockerfile:1\nARG BASE=alpine\nFROM $BASE'],
    ['yaml', 'services:\n  web:\n    image: nginx\n    ports:\n      - "80:80"'],
    ['yaml', '- name: Run tests\n  run: |\n    npm test'],
    ['bash', 'docker run --rm -it alpine sh\nkubectl get pods'],
    ['bash', '#!/bin/sh\n./wait-for db:5432\nexec "$@"'],
    ['hcl', 'target "app" {\n  platforms = ["linux/amd64"]\n}'],
    ['hcl', 'resource "aws_ecr_repository" "app" {\n  name = "app"\n}'],
    ['haskell', 'module Main where\nmain :: IO ()\nmain = putStrLn "hi"'],
    ['json', '{"log-opts": {"max-size": "10m"}}'],
    ['python', 'import os\n\ndef handler(event):\n    return os.environ["NAME"]'],
    ['plaintext', "Service A's SVID: spiffe://myorg.com/service-a\nService A → mTLS → Service B: mutual identity verification"],
  ];
  for (const [expected, code] of cases) {
    it(`infers ${expected} for ${JSON.stringify(code.split('\n')[0])}`, () => {
      assert.equal(inferCodeLanguage(code), expected);
    });
  }
});
