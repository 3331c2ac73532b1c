-- Annotations on facts, and on several targets: one row per target.

-- CreateTable
CREATE TABLE "AnnotationTargetRef" (
    "annotationId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "target" JSONB NOT NULL,

    CONSTRAINT "AnnotationTargetRef_pkey" PRIMARY KEY ("annotationId","position")
);

-- CreateIndex
CREATE INDEX "AnnotationTargetRef_key_idx" ON "AnnotationTargetRef"("key");

-- CreateIndex
CREATE UNIQUE INDEX "AnnotationTargetRef_annotationId_key_key" ON "AnnotationTargetRef"("annotationId", "key");

-- AddForeignKey
ALTER TABLE "AnnotationTargetRef" ADD CONSTRAINT "AnnotationTargetRef_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Data: each annotation's one target becomes its first row. A place of the first version that
-- draws a fact becomes that fact (factOf in lib/annotations/targets.ts does the same for input):
-- a matrix cell, a radar point and a development-model bar are the assessment, an event marker
-- is the event, an indicator figure is the observation, an actor is the actor.
WITH moved AS (
  SELECT "id", "targetKey",
    CASE
      WHEN "targetKind" = 'matrix-cell' THEN jsonb_build_object(
        'kind', 'assessment', 'country', "target"->>'country', 'dimension', "target"->>'dimension')
      WHEN "targetKind" = 'timeline-event' THEN jsonb_build_object(
        'kind', 'event', 'event', "target"->>'event')
      WHEN "targetKind" = 'chart-point' THEN CASE "target"->>'chart'
        WHEN 'radar' THEN jsonb_build_object(
          'kind', 'assessment', 'country', "target"->>'country', 'dimension', "target"->>'x')
        WHEN 'development-model' THEN jsonb_build_object(
          'kind', 'assessment', 'country', "target"->>'country', 'dimension', 'development-model')
        WHEN 'indicators' THEN jsonb_build_object('kind', 'observation', 'observation', "target"->>'x')
        WHEN 'actors' THEN jsonb_build_object('kind', 'actor', 'actor', "target"->>'x')
        ELSE jsonb_build_object('kind', 'event', 'event', "target"->>'x')
      END
      ELSE "target"
    END AS "target"
  FROM "Annotation"
)
INSERT INTO "AnnotationTargetRef" ("annotationId", "position", "kind", "key", "target")
SELECT "id", 0, "target"->>'kind',
  CASE "target"->>'kind'
    WHEN 'assessment' THEN 'assessment:' || ("target"->>'dimension') || ':' || ("target"->>'country')
    WHEN 'event' THEN 'event:' || ("target"->>'event')
    WHEN 'observation' THEN 'observation:' || ("target"->>'observation')
    WHEN 'actor' THEN 'actor:' || ("target"->>'actor')
    ELSE "targetKey"
  END,
  "target"
FROM moved;

-- DropIndex
DROP INDEX "Annotation_targetKey_idx";

-- AlterTable
ALTER TABLE "Annotation" DROP COLUMN "target",
DROP COLUMN "targetKey",
DROP COLUMN "targetKind";
