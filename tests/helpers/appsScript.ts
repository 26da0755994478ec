/**
 * Runs a set of pushed files the way Apps Script runs a project: every script file's top level
 * runs, in push order, in one shared global scope, before any function is called; HTML files are
 * not run but served by HtmlService.createHtmlOutputFromFile(name).
 */
import vm from 'node:vm';
import { FakeServices } from '../../src/fake/spreadsheet';
import type { PushedFile } from './clasp';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ProjectGlobals = Record<string, any>;

/** The HTML files of a pushed set by name, as HtmlService finds them. */
export function htmlFiles(files: PushedFile[]): Record<string, string> {
  return Object.fromEntries(files.filter((f) => f.type === 'HTML').map((f) => [f.name, f.source]));
}

/** One vm context holding every script file of `files`, with `globals` as Apps Script's services. */
export function runProject(files: PushedFile[], globals: Record<string, unknown>): ProjectGlobals {
  const context = vm.createContext({ ...globals });
  for (const file of files.filter((f) => f.type === 'SERVER_JS')) {
    vm.runInContext(file.source, context, { filename: `${file.name}.gs` });
  }
  return context;
}

/** A fresh in-memory spreadsheet holding `tabs`, and the pushed project running over it. */
export function projectOver(files: PushedFile[], tabs: Record<string, unknown[][]>) {
  const services = new FakeServices(htmlFiles(files));
  for (const [name, values] of Object.entries(tabs)) services.ss._addSheet(name, values);
  const gs = runProject(files, services.globals());
  return { services, ss: services.ss, gs };
}
