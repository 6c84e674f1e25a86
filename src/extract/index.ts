// The extract stage: the article body and its metadata out of a decoded page.

import type { Doc } from "../model/doc.ts";
import type { Stage, StageContext } from "../pipeline/stage.ts";

export const extractStage: Stage = {
  name: "extract",
  requires: ["decode"],
  adds: ["extract"],
  run(doc: Doc, ctx: StageContext): Doc {
    const decoded = doc.decode;
    if (!decoded) return doc;
    // --no-extract: the input is the clean article; keep it byte for byte so offsets index into the file.
    if (ctx.noExtract) {
      return { ...doc, extract: { text: decoded.content, published: null, method: "none" } };
    }
    return { ...doc, extract: { text: decoded.content, published: null, method: "as-is" } };
  },
};
