-- AlterTable
ALTER TABLE "SourceDocument" ADD COLUMN     "authorEn" TEXT;
