import { testRule } from '../../ruleTester';

testRule('dockerfile/require-absolute-workdir', {
  valid: [
    'FROM node:24\nWORKDIR /app\nWORKDIR src\n',
    'FROM node:24\nWORKDIR $HOME/app\n',
    'FROM node:24\nWORKDIR "/usr/src/app/"\n',
    'FROM node:24 AS base\nWORKDIR /app\nFROM base\nWORKDIR build\n',
    '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\n',
  ],
  invalid: [
    { code: 'FROM node:24\nWORKDIR app\n', errors: [{ line: 2, text: 'app', message: /absolute path/, output: null }] },
    { code: 'FROM node:24 AS a\nWORKDIR /app\nFROM node:24\nWORKDIR src\n', errors: [{ line: 4, text: 'src' }] },
  ],
});

describe('ONBUILD WORKDIR', () => {
  testRule('dockerfile/require-absolute-workdir', {
    // The trigger starts from this image's last WORKDIR when the image has one.
    valid: ['FROM node:24\nWORKDIR /app\nONBUILD WORKDIR src\n', 'FROM node:24\nONBUILD WORKDIR /app\n', 'FROM node:24\nONBUILD WORKDIR $APP\n'],
    invalid: [{ code: 'FROM node:24\nONBUILD WORKDIR src\n', errors: [{ line: 2, text: 'src', message: /`ONBUILD WORKDIR src` is relative/, output: null }] }],
  });
});

describe('quoted paths', () => {
  testRule('dockerfile/require-absolute-workdir', {
    valid: ["FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR 'C:\\'\n", 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR "C:\\app"\n'],
    invalid: [{ code: "FROM alpine:3.23\nWORKDIR 'app'\n", errors: [{ line: 2, text: "'app'", output: null }] }],
  });
});
