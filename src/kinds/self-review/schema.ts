// Input of a Party member's self-review (Bản kiểm điểm cá nhân, Hướng dẫn 25-HD/BTCTW and 43-HD/BTCTW).
import { z } from "zod";
import { date, recordId, text } from "../fields.js";
import { LEVELS } from "./levels.js";

/** Free text of one section: paragraphs separated by line breaks; absent → dotted writing lines. */
const prose = () => text(5000).optional();
const level = () => z.enum(LEVELS).optional();

/** Who signs below the review (managing body, chi ủy, đảng ủy); every part may be left blank. */
const signerFields = {
  caption: text(100).optional(),
  name: text(100).optional(),
  date: date().optional(),
};

export const selfReviewSchema = z
  .object({
    kind: z.literal("self-review"),
    id: recordId(),
    profile: z.enum(["party"]).optional(),
    version: z.enum(["hd25-2023", "hd43-2025"]).optional(),
    year: z.number().int().min(2023).max(2100),
    variant: z.enum(["A", "B", "C"]).optional(),
    isLeader: z.boolean().optional(),
    inPoliticalSystem: z.boolean().optional(),
    unit: z.object({ parentBody: text(200).optional(), name: text(200) }).strict(),
    place: text(60).optional(),
    date: date().optional(),
    person: z
      .object({
        fullName: text(100).optional(),
        birthDate: date().optional(),
        partyPosition: text(300).optional(),
        governmentPosition: text(300).optional(),
        massOrgPosition: text(300).optional(),
        workUnit: text(300).optional(),
        partyCell: text(200).optional(),
      })
      .strict(),
    review: z
      .object({
        politics: prose(),
        duties: prose(),
        leadership: prose(),
        responsibility: prose(),
        exemplary: prose(),
        commitment: prose(),
        shortcomings: prose(),
        causes: prose(),
        remedied: prose(),
        explanations: prose(),
        collective: prose(),
        measures: prose(),
      })
      .strict()
      .default({}),
    points: z.number().min(0).max(100).optional(),
    selfRanking: z.object({ official: level(), member: level() }).strict().default({}),
    manager: z.object({ ...signerFields, heading: text(300).optional(), comment: prose() }).strict().optional(),
    cellProposal: z.object({ ...signerFields, level: level(), comment: prose() }).strict().default({}),
    committeeRanking: z.object({ ...signerFields, level: level() }).strict().default({}),
  })
  .strict();

export type SelfReview = z.infer<typeof selfReviewSchema>;
