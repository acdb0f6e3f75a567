import { testRule } from '../../ruleTester';

testRule('dockerfile/no-eol-base-image', {
  valid: [
    'FROM node:24-alpine\n',
    'FROM node:22-bookworm-slim\n',
    'FROM node:160\n',
    'FROM python:3.13-slim\nFROM python:3.11-slim\n',
    'FROM myorg/node:16\n',
    'FROM registry.example.com/library/node:16\n',
    'ARG NODE=16\nFROM node:${NODE}\n',
    'FROM node\n',
    'FROM node@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
    'FROM scratch\n',
    'FROM redis:6\n',
    'FROM golang:1.26 AS build\nFROM build\n',
  ],
  invalid: [
    {
      code: 'FROM node:16-alpine AS build\nFROM build AS test\nFROM python:3.7-slim-buster\n',
      errors: [
        { line: 1, text: '16-alpine', message: /^`node:16-alpine` is node 16, which reached its end of life on 2023-09-11 and gets no more security fixes/, output: null },
        { line: 3, text: '3.7-slim-buster', message: /python 3\.7, which reached its end of life on 2023-06-27/ },
      ],
    },
    {
      code: 'FROM docker.io/library/debian:buster-slim\r\nFROM ubuntu:18.04\r\nFROM alpine:3.15.4\r\nFROM golang:1.19@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\r\n',
      errors: [
        { line: 1, text: 'buster-slim', message: /debian 10 \(buster\)/ },
        { line: 2, text: '18.04', message: /ubuntu 18\.04 \(bionic\)/ },
        { line: 3, text: '3.15.4', message: /alpine 3\.15/ },
        { line: 4, text: '1.19', message: /golang 1\.19/ },
      ],
    },
    {
      code: 'FROM node:20-alpine\nFROM python:3.10\nFROM alpine:3.21\n',
      errors: [
        { line: 1, text: '20-alpine', message: /node 20, which reached its end of life on 2026-04-30/ },
        { line: 2, text: '3.10', message: /python 3\.10, which reached its end of life on 2026-10-31/ },
        { line: 3, text: '3.21', message: /alpine 3\.21, which reached its end of life on 2026-11-01/ },
      ],
    },
  ],
});
