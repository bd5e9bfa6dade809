// Input of a rotation decision (Quyết định luân chuyển cán bộ, Quy định 65-QĐ/TW).
import { z } from "zod";
import { date, lines, recordId, sex, signer, text } from "../fields.js";

export const rotationPersonSchema = z
  .object({
    fullName: text(100),
    sex: sex(),
    birthDate: date(),
    currentPosition: text(300),
    currentUnit: text(300),
    destinationUnit: text(300),
    destinationPosition: text(300),
    months: z.number().int().min(1).max(120).default(36),
    startDate: date(),
    exception: z.boolean().default(false),
    exceptionReason: text(1000).optional(),
  })
  .strict();

export const rotationDecisionSchema = z
  .object({
    kind: z.literal("rotation-decision"),
    id: recordId(),
    profile: z.enum(["party", "nd30"]).optional(),
    version: text(40).optional(),
    issuer: z
      .object({
        parentBody: text(200).optional(),
        name: text(200),
        symbol: text(30),
        place: text(60),
      })
      .strict(),
    // Absent on a draft in the approval service: the register gives it at numbering (service.md).
    number: z.number().int().min(1).max(99999).optional(),
    date: date(),
    decidingBody: text(200),
    term: z.object({ course: text(20), period: text(30) }).strict().optional(),
    legalBases: lines(20).default([]),
    proposer: text(300),
    people: z.array(rotationPersonSchema).min(1).max(500),
    executors: text(1000),
    signer: signer(),
    recipients: lines(30).default([]),
    archive: text(200),
  })
  .strict();

export type RotationDecision = z.infer<typeof rotationDecisionSchema>;
export type RotationPerson = RotationDecision["people"][number];
