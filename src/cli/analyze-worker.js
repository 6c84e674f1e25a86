// Worker-thread bootstrap for `analyze`: registers tsx so the TypeScript worker can be imported
// (like bin/crossnews.js for the main thread; loader hooks do not carry over into worker threads).
import { register } from "tsx/esm/api";

register();
await import("./analyze-worker.ts");
