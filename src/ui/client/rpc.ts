/** A typed promise over google.script.run: one call per button, errors as plain words. */
import type { ProgressView, SidebarState } from '../server';
import type { DepartmentView } from '../departmentView';

export interface ServerFunctions {
  sidebarState(): SidebarState;
  runSidebarAction(action: string, edited?: unknown): { message: string; state: SidebarState };
  saveSidebarSettings(saved: unknown): { message: string; state: SidebarState };
  runSidebarProgress(tabs: string[]): { message: string; state: SidebarState; progress: ProgressView };
  runSidebarDepartment(): { message: string; department: DepartmentView };
}

interface Runner {
  withSuccessHandler(f: (value: unknown) => void): Runner;
  withFailureHandler(f: (error: Error) => void): Runner;
  [name: string]: unknown;
}

declare const google: { script: { run: Runner } };

export function call<K extends keyof ServerFunctions>(
  name: K,
  ...args: Parameters<ServerFunctions[K]>
): Promise<ReturnType<ServerFunctions[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerFunctions[K]>))
      .withFailureHandler((error) =>
        reject(new Error(String(error?.message ?? error).replace(/^Exception: /, ''))),
      );
    // apply, not a spread (SPEC 12): args are the declared parameters, at most two.
    (runner[name] as (...a: unknown[]) => void).apply(runner, args);
  });
}
