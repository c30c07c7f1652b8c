// Worker thread entry: plain JavaScript, so it starts in any Node process (the tsx-run server, the test
// runner); tsx's own loader then imports the TypeScript worker and everything it imports.
import { tsImport } from "tsx/esm/api";

await tsImport("./worker.ts", import.meta.url);
