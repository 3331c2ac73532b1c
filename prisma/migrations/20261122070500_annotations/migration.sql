-- CreateTable
CREATE TABLE "Annotation" (
    "id" UUID NOT NULL,
    "authorId" TEXT NOT NULL,
    "parentId" UUID,
    "targetKind" TEXT NOT NULL,
    "targetKey" TEXT NOT NULL,
    "target" JSONB NOT NULL,
    "body" TEXT NOT NULL,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "visibility" TEXT NOT NULL DEFAULT 'team',
    "status" TEXT NOT NULL DEFAULT 'open',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "editedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "deletedById" TEXT,

    CONSTRAINT "Annotation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnotationRevision" (
    "id" SERIAL NOT NULL,
    "annotationId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "tags" TEXT[],
    "editorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnnotationRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnotationChange" (
    "id" BIGSERIAL NOT NULL,
    "annotationId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnnotationChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Annotation_targetKey_idx" ON "Annotation"("targetKey");

-- CreateIndex
CREATE INDEX "Annotation_updatedAt_idx" ON "Annotation"("updatedAt");

-- CreateIndex
CREATE INDEX "Annotation_authorId_idx" ON "Annotation"("authorId");

-- CreateIndex
CREATE INDEX "Annotation_parentId_idx" ON "Annotation"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "AnnotationRevision_annotationId_version_key" ON "AnnotationRevision"("annotationId", "version");

-- CreateIndex
CREATE INDEX "AnnotationChange_annotationId_idx" ON "AnnotationChange"("annotationId");

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Annotation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnotationRevision" ADD CONSTRAINT "AnnotationRevision_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
