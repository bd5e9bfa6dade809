// Template stage: strict isolated Handlebars producing the closed markup, parsed into the model.
export { renderTemplate } from "./render.js";
export type { TemplateRef } from "./render.js";
export { parseMarkup } from "./markup.js";
export { compileTemplate } from "./engine.js";
export { longDate, shortDate } from "./helpers.js";
