// Chooses the profile and the template version (regime) for a validated record.
import { compareDates, fromIso, issue, ok, fail, type CalendarDate, type Result } from "../core/index.js";
import type { DocFacts, KindDefinition, KindVersion } from "../kinds/index.js";

export interface Selection {
  profile: string;
  version: KindVersion;
}

/** The newest version whose validity covers the document date, unless the input names one. */
export function selectVersion(kind: KindDefinition, date: CalendarDate, explicit?: string): Result<KindVersion> {
  const versions = kind.meta.versions;
  if (explicit) {
    const v = versions.find((x) => x.id === explicit);
    return v ? ok(v) : fail([issue("invalid_value", ["version"], { value: explicit, options: versions.map((x) => x.id).join(", ") })]);
  }
  const applicable = versions
    .filter((v) => compareDates(fromIso(v.validFrom), date) <= 0 && (!v.validTo || compareDates(date, fromIso(v.validTo)) <= 0))
    .sort((a, b) => compareDates(fromIso(b.validFrom), fromIso(a.validFrom)));
  const v = applicable[0];
  return v ? ok(v) : fail([issue("no_version_for_date", ["date"], { date: `${date.day}/${date.month}/${date.year}`, first: versions.map((x) => x.validFrom).sort()[0] })]);
}

export function selectProfileAndVersion(kind: KindDefinition, facts: DocFacts): Result<Selection> {
  const profile = facts.profile ?? kind.meta.defaultProfile;
  if (!kind.meta.profiles.includes(profile)) {
    return fail([issue("profile_not_allowed", ["profile"], { profile, options: kind.meta.profiles.join(", ") })]);
  }
  const version = selectVersion(kind, facts.date, facts.version);
  if (!version.ok) return fail(version.issues);
  if (!version.value.templates[profile]) {
    return fail([issue("profile_not_allowed", ["profile"], { profile, options: Object.keys(version.value.templates).join(", ") })]);
  }
  return ok({ profile, version: version.value });
}
