/**
 * Preloaded with `--require` (NODE_OPTIONS may not carry --cpu-prof on Node 20): profiles the process
 * that runs `next` with V8's sampling profiler and writes <RAPPORT_CPU_PROFILE_DIR>/next-<pid>.cpuprofile
 * when it exits. Other processes that inherit NODE_OPTIONS are left alone.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const dir = process.env.RAPPORT_CPU_PROFILE_DIR;
if (dir && /[\\/]next([\\/]|$)/.test(process.argv[1] || "")) {
  const fs = require("node:fs");
  const path = require("node:path");
  const inspector = require("node:inspector");
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 500 });
  session.post("Profiler.start");
  process.on("exit", () => {
    session.post("Profiler.stop", (err, result) => {
      if (!err) fs.writeFileSync(path.join(dir, `next-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
