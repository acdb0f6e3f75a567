import assert from 'node:assert/strict';
import { findingsOf, testRule } from '../../ruleTester';

/** The file with `--mount=type=cache,target=<directory>` added after the RUN keyword of the line. */
function mounted(code: string, line: number, directory: string): string {
  const lines = code.split('\n');
  lines[line - 1] = lines[line - 1].replace(/\bRUN\b/, `RUN --mount=type=cache,target=${directory}`);
  return lines.join('\n');
}

function catches(code: string, line: number, text: string, directory: string) {
  return { code, errors: [{ line, text, output: mounted(code, line, directory) }] };
}

testRule('dockerfile/prefer-cache-mount', {
  valid: [
    'FROM node:22\nRUN --mount=type=cache,target=/root/.npm npm ci\n',
    'FROM node:22\nRUN --mount=type=tmpfs,target=/root/.npm npm install\n',
    'FROM node:22\nRUN --mount=type=cache,target=~/.npm npm ci\n',
    'FROM node:22\nRUN --mount=type=cache,target=$HOME/.npm npm ci\n',
    'FROM node:22\nUSER node\nRUN --mount=type=cache,target=/home/node/.npm,uid=1000 npm ci\n',
    'FROM node:22\nRUN --mount=type=cache,target=/app/.npm-cache npm ci --cache /app/.npm-cache\n',
    'FROM node:22\nRUN npm run build && npm test\n',
    'FROM alpine:3.20\nRUN echo npm install && echo cargo build\n',
    'FROM rust:1.82\nRUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release\n',
    'FROM rust:1.82\nRUN --mount=type=cache,target=/root/.cargo/git --mount=type=cache,target=/root/.cargo/registry cargo fetch\n',
    'FROM rust:1.82\nRUN cargo --version && cargo run\n',
    'FROM golang:1.23\nRUN --mount=type=cache,target=/go/pkg/mod go mod download\n',
    'FROM golang:1.23\nRUN --mount=type=cache,target=/root/.cache/go-build go build ./...\n',
    'FROM golang:1.23\nRUN go mod init example.com/app && go version\n',
    'FROM maven:3.9-eclipse-temurin-21\nRUN --mount=type=cache,target=/root/.m2 mvn -B package\n',
    'FROM maven:3.9-eclipse-temurin-21\nRUN mvn --version\n',
    'FROM gradle:8-jdk21\nRUN --mount=type=cache,target=/root/.gradle ./gradlew build\n',
    'FROM composer:2\nRUN --mount=type=cache,target=/tmp/composer composer install\n',
    'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN --mount=type=cache,target=/root/.nuget/packages dotnet restore\n',
    'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet publish -c Release --no-restore -o /app\n',
    'FROM node:22\nRUN --mount=type=cache,target=/pnpm/store pnpm install --frozen-lockfile\n',
    'FROM elixir:1.17\nRUN --mount=type=cache,target=/root/.hex mix deps.get\n',
    'FROM ruby:3.3\nRUN --mount=type=cache,target=/usr/local/bundle/cache bundle install\n',
    'FROM ruby:3.3\nRUN --mount=type=cache,target=/root/.gem gem install rails -v 7.2.1\n',
    // A stage the build never uses is never built.
    'FROM node:22 AS unused\nRUN npm ci\nFROM alpine:3.20\nRUN echo hi\n',
    // A bind mount is not a cache.
    { code: 'FROM node:22\nRUN --mount=type=cache,target=/root/.npm --mount=type=bind,source=package.json,target=package.json npm ci\n' },
  ],
  invalid: [
    catches('FROM node:22\nRUN npm ci\n', 2, 'ci', '/root/.npm'),
    catches('FROM node:22\nRUN npm install --loglevel verbose\n', 2, 'install', '/root/.npm'),
    catches('FROM node:22\nRUN npm i -g pnpm@9.12.0\n', 2, 'i', '/root/.npm'),
    catches('FROM node:22\nRUN --mount=type=cache,target=/wrong/path npm install\n', 2, 'install', '/root/.npm'),
    catches('FROM node:22\nRUN --mount=type=bind,target=/root/.npm npm install\n', 2, 'install', '/root/.npm'),
    catches('FROM rust:1.82\nRUN cargo build --release\n', 2, 'build', '/usr/local/cargo/registry'),
    catches('FROM rust:1.82\nRUN cargo +nightly clippy\n', 2, 'clippy', '/usr/local/cargo/registry'),
    catches('FROM golang:1.23\nRUN CGO_ENABLED=0 go build -o /app .\n', 2, 'build', '/root/.cache/go-build'),
    catches('FROM golang:1.23\nRUN go mod download\n', 2, 'mod', '/root/.cache/go-build'),
    catches('FROM maven:3.9-eclipse-temurin-21\nRUN mvn -B clean package -DskipTests\n', 2, 'package', '/root/.m2/repository'),
    catches('FROM maven:3.9-eclipse-temurin-21\nRUN ./mvnw dependency:go-offline\n', 2, 'dependency:go-offline', '/root/.m2/repository'),
    catches('FROM gradle:8-jdk21\nRUN ./gradlew --no-daemon build\n', 2, './gradlew', '/root/.gradle/caches'),
    catches('FROM gradle:8-jdk21\nRUN gradle assemble\n', 2, 'gradle', '/root/.gradle/caches'),
    catches('FROM php:8.3-cli\nRUN composer install --no-dev\n', 2, 'install', '/root/.composer/cache'),
    catches('FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet restore\n', 2, 'restore', '/root/.nuget/packages'),
    catches('FROM mono:6\nRUN nuget restore app.sln\n', 2, 'restore', '/root/.nuget/packages'),
    catches('FROM node:22\nRUN pnpm install --frozen-lockfile\n', 2, 'install', '/root/.local/share/pnpm/store'),
    catches('FROM elixir:1.17\nRUN mix deps.get --only prod\n', 2, 'deps.get', '/root/.hex/packages'),
    catches('FROM ruby:3.3\nRUN gem install bundler -v 2.5.22\n', 2, 'install', '/usr/local/bundle/cache'),
    catches('FROM ruby:3.3\nRUN bundle install --jobs 4\n', 2, 'install', '/usr/local/bundle/cache'),
    // The trigger runs in every image built from this one; the mount goes on its RUN.
    {
      code: 'FROM node:22\nONBUILD RUN npm ci\n',
      errors: [{ line: 2, text: 'ci', output: 'FROM node:22\nONBUILD RUN --mount=type=cache,target=/root/.npm npm ci\n' }],
    },
    // Exec form: the flag goes before the JSON array.
    {
      code: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN ["dotnet", "restore"]\n',
      errors: [{ line: 2, text: '"restore"', output: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN --mount=type=cache,target=/root/.nuget/packages ["dotnet", "restore"]\n' }],
    },
    // One finding per tool and RUN: the first command of the tool.
    {
      code: 'FROM node:22\nRUN npm ci && npm install -g serve@14.2.4 && pnpm install\n',
      errors: [
        { line: 2, text: 'ci', output: 'FROM node:22\nRUN --mount=type=cache,target=/root/.npm npm ci && npm install -g serve@14.2.4 && pnpm install\n' },
        { line: 2, text: 'install', output: 'FROM node:22\nRUN --mount=type=cache,target=/root/.local/share/pnpm/store npm ci && npm install -g serve@14.2.4 && pnpm install\n' },
      ],
    },
    // The npm mount leaves the go build uncached.
    catches('FROM golang:1.23\nRUN --mount=type=cache,target=/root/.npm go build ./...\n', 2, 'build', '/root/.cache/go-build'),
  ],
});

describe('dockerfile/prefer-cache-mount messages and ignores', () => {
  it('names the tool and the directory to mount', () => {
    const { findings } = findingsOf('dockerfile/prefer-cache-mount', 'FROM rust:1.82\nRUN cargo fetch\n');
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /^cargo .*`--mount=type=cache,target=\/usr\/local\/cargo\/registry`/);
  });

  for (const [alias, line] of [['DL3068', 'RUN npm ci'], ['DL3070', 'RUN go build ./...'], ['DL3077', 'RUN bundle install']]) {
    it(`is silenced by # hadolint ignore=${alias}`, () => {
      assert.equal(findingsOf('dockerfile/prefer-cache-mount', `FROM alpine:3.20\n${line}\n`).findings.length, 1);
      assert.deepEqual(findingsOf('dockerfile/prefer-cache-mount', `FROM alpine:3.20\n# hadolint ignore=${alias}\n${line}\n`).findings, []);
    });
  }
});
