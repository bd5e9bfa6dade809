// DOCX backend: a leaf that turns the laid-out document into Word bytes.
export { renderDocx } from "./render-docx.js";
