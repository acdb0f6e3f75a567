import { testRule } from '../../ruleTester';

testRule('dockerfile/no-invalid-definition-description', {
  valid: [
    '# build compiles the sources\nFROM golang:1.23 AS build\n',
    '# Build compiles the sources\nFROM golang:1.23 AS build\n',
    '# VERSION is the release to package\nARG VERSION=1.4.2\nFROM alpine:3.20\n',
    '# TARGETOS and TARGETARCH come from --platform\nARG TARGETARCH TARGETOS\nFROM alpine:3.20\n',
    // An empty line or an empty comment line ends the description.
    '# compile the sources\n\nFROM golang:1.23 AS build\n',
    '# compile the sources\n#\nFROM golang:1.23 AS build\n',
    // Only stages with a name and ARGs have descriptions.
    '# the runtime image\nFROM alpine:3.20\n',
    'FROM alpine:3.20\n# install curl\nRUN apk add --no-cache curl=8.9.1-r0\n',
    // A parser directive and an ignore comment are not descriptions.
    '# syntax=docker/dockerfile:1\nFROM golang:1.23 AS build\n',
    '# hadolint ignore=DL3006\nFROM golang AS build\n',
    '# container-coach ignore=prefer-base-image-digest\nARG BASE=alpine:3.20\nFROM ${BASE}\n',
  ],
  invalid: [
    {
      code: '# compile the sources\nFROM golang:1.23 AS build\n',
      errors: [{ line: 2, text: 'build', message: /does not start with `build`/, output: '# compile the sources\n\nFROM golang:1.23 AS build\n' }],
    },
    {
      code: 'FROM alpine:3.20\n# the version we ship\nARG VERSION=1.4.2\n',
      errors: [{ line: 3, text: 'VERSION', output: 'FROM alpine:3.20\n# the version we ship\n\nARG VERSION=1.4.2\n' }],
    },
    // The last comment line is the one read.
    {
      code: '# build compiles the sources\n# with cgo off\nFROM golang:1.23 AS build\n',
      errors: [{ line: 3, text: 'build', output: '# build compiles the sources\n# with cgo off\n\nFROM golang:1.23 AS build\n' }],
    },
    {
      code: '# the platform\nARG TARGETOS TARGETARCH\nFROM alpine:3.20\n',
      errors: [{ line: 2, text: 'TARGETOS', message: /one of its names/, output: '# the platform\n\nARG TARGETOS TARGETARCH\nFROM alpine:3.20\n' }],
    },
    {
      code: 'FROM alpine:3.20\r\n# the runtime stage\r\nFROM alpine:3.20 AS runtime\r\n',
      errors: [{ line: 3, text: 'runtime', output: 'FROM alpine:3.20\r\n# the runtime stage\r\n\r\nFROM alpine:3.20 AS runtime\r\n' }],
    },
  ],
});
