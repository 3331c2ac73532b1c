import { spawnSync } from "node:child_process";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const script = path.join(__dirname, "packages.sh");

/**
 * Runs packages.sh with fake dpkg, id, sudo and apt-get first on PATH: dpkg knows the packages
 * in `installed`, id answers `uid`, sudo works without a password when `sudo` is true, and
 * apt-get writes what it was asked to the log.
 */
describe("scripts/system/packages.sh: the system packages of npm test and CI", () => {
  let bin: string;
  let log: string;

  beforeEach(async () => {
    bin = await mkdtemp(path.join(os.tmpdir(), "scc-fake-apt-"));
    log = path.join(bin, "apt.log");
    await writeFile(log, "");
  });
  afterEach(() => rm(bin, { recursive: true, force: true }));

  async function fake(name: string, body: string) {
    await writeFile(path.join(bin, name), `#!/bin/sh\n${body}\n`);
    await chmod(path.join(bin, name), 0o755);
  }

  async function run(
    group: string,
    { installed = [] as string[], uid = 0, sudo = false, env = {} as Record<string, string> },
  ) {
    await fake("dpkg", `case " ${installed.join(" ")} " in *" $2 "*) exit 0;; esac; exit 1`);
    await fake("id", `echo ${uid}`);
    await fake("sudo", sudo ? `[ "$1" = -n ] && shift; "$@"` : "exit 1");
    await fake("apt-get", `echo "apt-get $*" >> ${log}`);
    const result = spawnSync("bash", [script, group], {
      env: {
        ...process.env,
        PLAYWRIGHT_CHROMIUM_PATH: "",
        PATH: `${bin}:${process.env.PATH}`,
        ...env,
      },
      encoding: "utf8",
    });
    return { ...result, apt: (await readFile(log, "utf8")).trim().split("\n").filter(Boolean) };
  }

  it("installs nothing when every package is there", async () => {
    const result = await run("ci", { installed: ["postgresql", "chromium", "fonts-noto-cjk"] });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("all present");
    expect(result.apt).toEqual([]);
  });

  it("as root, installs only what is missing, non-interactively, and says so", async () => {
    const result = await run("browser", { installed: ["fonts-noto-cjk"] });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("installing chromium");
    expect(result.apt).toEqual(["apt-get update -qq", "apt-get install -y -qq chromium"]);
  });

  it("with passwordless sudo, installs through sudo", async () => {
    const result = await run("browser", { uid: 1000, sudo: true });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("with apt-get (sudo -n)");
    expect(result.apt).toContain("apt-get install -y -qq chromium fonts-noto-cjk");
  });

  it("without root or sudo, stops at once with the one command to run", async () => {
    const result = await run("browser", { uid: 1000, installed: ["chromium"] });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      "sudo sh -c 'apt-get update && apt-get install -y fonts-noto-cjk'",
    );
    expect(result.apt).toEqual([]);
  });

  it("CI also wants PostgreSQL; a Chromium named by PLAYWRIGHT_CHROMIUM_PATH stands in for Debian's", async () => {
    const result = await run("ci", {
      installed: ["fonts-noto-cjk"],
      env: { PLAYWRIGHT_CHROMIUM_PATH: process.execPath },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.apt).toContain("apt-get install -y -qq postgresql");
  });

  it("refuses an unknown group", async () => {
    expect((await run("everything", {})).status).toBe(64);
  });
});
