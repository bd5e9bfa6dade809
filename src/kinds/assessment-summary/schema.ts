// Input of the year-end unit summary (Danh sách tổng hợp kết quả xếp loại chất lượng).
import { z } from "zod";
import { date, lines, recordId, signer, text } from "../fields.js";

/** The four quality levels of every regime (Nghị định 90/2020, 335/2025; Quy định 366-QĐ/TW), best first. */
export const LEVELS = ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"] as const;
export type Level = (typeof LEVELS)[number];

export const summaryPersonSchema = z
  .object({
    fullName: text(100),
    position: text(300),
    selfLevel: z.enum(LEVELS),
    approvedLevel: z.enum(LEVELS),
    note: text(300).optional(),
  })
  .strict();

export const assessmentSummarySchema = z
  .object({
    kind: z.literal("assessment-summary"),
    id: recordId(),
    profile: z.enum(["nd30", "party"]),
    version: text(40).optional(),
    year: z.number().int().min(2000).max(2100),
    unit: z
      .object({
        parentBody: text(200).optional(),
        name: text(200),
        place: text(60),
      })
      .strict(),
    date: date(),
    /** The report the list is attached to, e.g. `Báo cáo số 25-BC/CB ngày 15/12/2026 của Chi bộ …`. */
    attachedTo: text(300).optional(),
    /** `name`: Vietnamese name order (default); `input`: the order of the input list. */
    order: z.enum(["name", "input"]).default("name"),
    people: z.array(summaryPersonSchema).min(1).max(2000),
    signer: signer(),
    recipients: lines(30).default([]),
  })
  .strict();

export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;
export type SummaryPerson = AssessmentSummary["people"][number];
