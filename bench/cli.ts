import { spawn } from "node:child_process";
import { projectRoot, TSX } from "@/scripts/db/tools";

/** `scripts/SCRIPT ARGS` (the npm command-line tools) in env; its output, or an error. */
export function runTool(env: NodeJS.ProcessEnv, script: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...TSX, `scripts/${script}`, ...args], {
      cwd: projectRoot,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(stdout)
        : reject(new Error(`${script} ${args[0]}: ${(stderr || stdout).trim().slice(-2000)}`)),
    );
  });
}
