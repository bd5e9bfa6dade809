// Layout: measures text with the embedded font's metrics, applies the profile, paginates.
export { layoutDocument } from "./document.js";
export { Metrics, bundledFonts, faceOf, FACES, TEXT_FACES } from "./fonts.js";
export type { FontSet } from "./fonts.js";
export { formatNumber, formatPlaceDate } from "./header.js";
export { signAnchors } from "./anchors.js";
export type { AnchorBox, SignAnchors } from "./anchors.js";
export type {
  FaceKey,
  LRun,
  ParaFormat,
  LFragment,
  LLine,
  LPara,
  LCell,
  LRow,
  LTable,
  LBlock,
  PageSetup,
  LSection,
  PageItem,
  PageBox,
  LaidDoc,
} from "./types.js";
