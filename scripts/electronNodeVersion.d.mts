export interface NodeEngine {
  name: string;
  range: string;
}
export interface UnmetNodeEngine extends NodeEngine {
  needed: string;
  have: string;
}
export function unmetNodeEngine(
  nodeVersion: string,
  engines: readonly NodeEngine[],
): UnmetNodeEngine | undefined;
export function nodeTooOldLine(unmet: UnmetNodeEngine): string;
export function electronInstallerEngines(root: string): NodeEngine[];
