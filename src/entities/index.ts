// Entities (issue 5): the stage, recognition and linking, re-exported.

export { type Recognition, type RecognizedSpan, recognize } from "./recognize/recognize.ts";
export { shippedNerModel } from "./recognize/shipped.ts";
export { type EntitiesOptions, entitiesStage, findEntities, MAX_ENTITY_TEXT_CHARS } from "./stage.ts";
