// After `npm install`, run `npm run lockfile:platforms`. The registry mirror we install from has
// only linux-x64 builds of packages' platform binaries (@next/swc-darwin-arm64 and the like answer
// 404), so npm leaves them out of package-lock.json, and `npm ci` then refuses the lock file as out
// of sync. This records each missing optional platform package with its os/cpu (read off its name),
// so npm ci skips it on other platforms exactly as it would with a complete lock file.
import fs from "node:fs";

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(fs.readFileSync(file, "utf8"));
const packages = lock.packages;
const OS = ["darwin", "win32", "android", "freebsd", "openbsd", "netbsd", "sunos", "aix", "linux"];
const CPU = ["arm64", "x64", "ia32", "loong64", "ppc64", "riscv64", "s390x", "arm", "wasm32"];
const pick = (name, list) =>
  list.find((item) => new RegExp(`(^|[-/])${item}([-_]|$)`).test(name.replace("windows", "win32")));

let added = 0;
for (const [where, meta] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${where ? `${where}/` : ""}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[nested] || packages[hoisted]) continue;
    const os = pick(name, OS);
    const cpu = pick(name, CPU);
    packages[hoisted] = {
      version: range.replace(/^[\^~=]/, ""),
      optional: true,
      ...(os && { os: [os] }),
      ...(cpu && { cpu: [cpu] }),
    };
    added++;
  }
}
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  `package-lock.json: recorded ${added} optional platform package(s) missing from the registry.`,
);
