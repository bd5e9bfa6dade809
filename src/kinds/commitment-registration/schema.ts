// Input of a yearly exemplary registration (Bản đăng ký nêu gương) or a member's commitment (Bản cam kết).
import { z } from "zod";
import { date, lines, recordId, text } from "../fields.js";

const shortcomingSchema = z
  .object({
    shortcoming: text(1000),
    measure: text(1000),
    deadline: text(100),
  })
  .strict();

const breakthroughSchema = z
  .object({
    content: text(1000),
    product: text(1000),
    deadline: text(100),
    measure: text(1000),
  })
  .strict();

export const commitmentRegistrationSchema = z
  .object({
    kind: z.literal("commitment-registration"),
    id: recordId(),
    profile: z.enum(["party"]).optional(),
    version: z.enum(["qd08-2018"]).optional(),
    /** `exemplary`: a leader's nêu gương registration; `commitment`: an ordinary member's cam kết. */
    type: z.enum(["exemplary", "commitment"]),
    year: z.number().int().min(2019).max(2100),
    unit: z.object({ parentBody: text(200).optional(), name: text(200) }).strict(),
    place: text(60).optional(),
    date: date().optional(),
    person: z
      .object({
        fullName: text(100),
        birthDate: date().optional(),
        partyPosition: text(300).optional(),
        position: text(300).optional(),
        workUnit: text(300).optional(),
        partyCell: text(200).optional(),
      })
      .strict(),
    localPlan: text(1000).optional(),
    bases: lines(10).default([]),
    shortcomings: z.array(shortcomingSchema).max(30).default([]),
    // The limit of two is a rule with its own message (rules.ts); this bound only stops runaway input.
    breakthroughs: z.array(breakthroughSchema).max(20).default([]),
    commitments: z
      .object({
        politics: text(3000).optional(),
        ethics: text(3000).optional(),
        discipline: text(3000).optional(),
        exemplary: text(3000).optional(),
      })
      .strict()
      .default({}),
    approval: z
      .object({
        by: z.enum(["standingCommittee", "cellCommittee"]).optional(),
        comment: text(3000).optional(),
        name: text(100).optional(),
        date: date().optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

export type CommitmentRegistration = z.infer<typeof commitmentRegistrationSchema>;
