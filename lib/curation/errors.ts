import { AppError } from "@/lib/errors/app-error";
import type { ChangeProblem } from "./apply";
import type { PublishConflict } from "./conflicts";

/** Changes that break the dataset's rules: a 400 listing every problem, each with its change and field. */
export const changeProblems = (problems: ChangeProblem[]) =>
  new AppError("validation", "changeRequest.problems", { count: problems.length }, { problems });

/** Fields published by someone else since the request was written: a 409 with the three values. */
export const publishConflict = (conflicts: PublishConflict[]) =>
  new AppError("conflict", "changeRequest.conflict", { count: conflicts.length }, { conflicts });
