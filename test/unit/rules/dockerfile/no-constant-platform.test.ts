import { testRule } from '../../ruleTester';

testRule('dockerfile/no-constant-platform', {
  valid: [
    'FROM --platform=$BUILDPLATFORM golang:1.26 AS build\n',
    'FROM golang:1.26\n',
    'FROM --platform=${TARGETPLATFORM} alpine:3.23\n',
    // A stage named after its OS or architecture is meant for that platform (BuildKit's exemption).
    'FROM --platform=linux/amd64 alpine:3.23 AS build_amd64\nFROM --platform=linux/arm64 alpine:3.23 AS build_arm64\nFROM build_${TARGETARCH} AS build\n',
    'FROM --platform=linux/x86_64 alpine:3.23 AS tools-amd64\n',
    'FROM --platform=windows/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022 AS windows-base\n',
    'FROM --platform=arm64 alpine:3.23 AS arm64-tools\n',
  ],
  invalid: [
    { code: 'FROM --platform=linux/amd64 golang:1.26 AS build\n', errors: [{ line: 1, text: 'linux/amd64', message: /buildx/, output: null }] },
    { code: 'FROM --platform=linux/arm64 alpine:3.23 AS build_amd64\nFROM --platform=linux/amd64 alpine:3.23\n', errors: [{ line: 1, text: 'linux/arm64' }, { line: 2, text: 'linux/amd64' }] },
  ],
});
