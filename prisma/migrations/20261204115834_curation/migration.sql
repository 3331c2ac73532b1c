/*
  Warnings:

  - The primary key for the `SourceDocument` table will be changed. If it partially fails, the table could be left without primary key constraint.

*/
-- DropForeignKey
ALTER TABLE "Citation" DROP CONSTRAINT "Citation_sourceKey_fkey";

-- AlterTable
ALTER TABLE "AnnotationChange" ADD COLUMN     "datasetVersion" INTEGER,
ALTER COLUMN "annotationId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "sourceVersion" INTEGER;
-- Every citation so far points into the only version there was.
UPDATE "Citation" SET "sourceVersion" = 1 WHERE "sourceKey" IS NOT NULL;

-- AlterTable
ALTER TABLE "SourceDocument" DROP CONSTRAINT "SourceDocument_pkey",
ADD COLUMN     "date" TEXT,
ADD COLUMN     "licence" TEXT,
ADD COLUMN     "publisher" TEXT,
ADD COLUMN     "replaces" INTEGER,
ADD COLUMN     "summaryEn" TEXT,
ADD COLUMN     "summaryZh" TEXT,
ADD COLUMN     "url" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD CONSTRAINT "SourceDocument_pkey" PRIMARY KEY ("key", "version");

-- CreateTable
CREATE TABLE "SourceFile" (
    "key" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "filename" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,

    CONSTRAINT "SourceFile_pkey" PRIMARY KEY ("key","version")
);

-- CreateTable
CREATE TABLE "DatasetVersion" (
    "number" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "createdById" TEXT,
    "changeRequestId" TEXT,
    "summary" TEXT NOT NULL,
    "data" TEXT NOT NULL,

    CONSTRAINT "DatasetVersion_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "FactRevision" (
    "id" SERIAL NOT NULL,
    "factKey" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "value" JSONB,
    "op" TEXT NOT NULL,
    "changeRequestId" TEXT,
    "proposedById" TEXT,
    "approvedById" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FactRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeRequest" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "baseVersion" INTEGER NOT NULL,
    "changes" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "reanchor" JSONB,
    "publishedVersion" INTEGER,
    "publishedById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeReview" (
    "id" SERIAL NOT NULL,
    "changeRequestId" UUID NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "revision" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeComment" (
    "id" SERIAL NOT NULL,
    "changeRequestId" UUID NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FactReview" (
    "factKey" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL,

    CONSTRAINT "FactReview_pkey" PRIMARY KEY ("factKey")
);

-- CreateIndex
CREATE INDEX "FactRevision_factKey_version_idx" ON "FactRevision"("factKey", "version");

-- CreateIndex
CREATE INDEX "FactRevision_version_idx" ON "FactRevision"("version");

-- CreateIndex
CREATE INDEX "ChangeRequest_status_idx" ON "ChangeRequest"("status");

-- CreateIndex
CREATE INDEX "ChangeRequest_authorId_idx" ON "ChangeRequest"("authorId");

-- CreateIndex
CREATE INDEX "ChangeReview_changeRequestId_idx" ON "ChangeReview"("changeRequestId");

-- CreateIndex
CREATE INDEX "ChangeComment_changeRequestId_idx" ON "ChangeComment"("changeRequestId");

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceKey_sourceVersion_fkey" FOREIGN KEY ("sourceKey", "sourceVersion") REFERENCES "SourceDocument"("key", "version") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactRevision" ADD CONSTRAINT "FactRevision_version_fkey" FOREIGN KEY ("version") REFERENCES "DatasetVersion"("number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeReview" ADD CONSTRAINT "ChangeReview_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeComment" ADD CONSTRAINT "ChangeComment_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;
