// The assessment sheet's metadata (templates/assessment-sheet/meta.json), loaded once for the kind and its rules.
import { loadMeta } from "../meta.js";

export const ASSESSMENT_META = loadMeta("assessment-sheet");
